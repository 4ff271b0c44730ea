namespace ContentApi.Caching;

/// <summary>
/// A 200 result whose body is already the UTF-8 JSON to send: <see cref="RepresentationFilter"/> takes these bytes
/// instead of serialising a value. If the result is <see cref="IDisposable"/> (a pooled buffer), the filter disposes it
/// once the bytes are sent or copied into the cache.
/// </summary>
public interface IUtf8JsonBody
{
    ReadOnlyMemory<byte> Utf8Json { get; }
}
