using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Links;

/// <summary>
/// Writes an API path as an absolute URL against the link base of the serialisation in progress. Responses are
/// serialised once, synchronously, by <see cref="Caching.RepresentationFilter"/>, inside <see cref="WrittenAgainst"/>
/// with their request's base; the cached body is keyed by that same base. Outside such a scope (tests, tools) the path
/// is written as it is. (A thread-static, not IHttpContextAccessor: that costs every request, hits included.)
/// </summary>
internal sealed class AbsoluteUrlConverter : JsonConverter<string>
{
    [ThreadStatic]
    private static string? t_linkBase;

    /// <summary>Links written on this thread until the scope is disposed use <paramref name="linkBase"/>.</summary>
    public static LinkBaseScope WrittenAgainst(string linkBase)
    {
        var previous = t_linkBase;
        t_linkBase = linkBase;
        return new LinkBaseScope(previous);
    }

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    /// <summary>An API path (it starts with '/') gets the base; a URL that is absolute already is written as it is.</summary>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(t_linkBase is { } linkBase && value.StartsWith('/') ? string.Concat(linkBase, value) : value);

    public readonly struct LinkBaseScope(string? previous) : IDisposable
    {
        public void Dispose() => t_linkBase = previous;
    }
}
