namespace ContentApi.Caching;

/// <summary>
/// A 200 result whose body is already the UTF-8 JSON to send: <see cref="RepresentationFilter"/> keeps these bytes
/// instead of serialising a value. The array is kept as the cached body, so it must not change afterwards.
/// </summary>
public interface IUtf8JsonBody
{
    byte[] Utf8Json { get; }
}
