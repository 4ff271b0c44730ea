using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Links;

/// <summary>
/// Writes an API path as an absolute URL against the current request's link base. Responses are serialised inside
/// their request, and a cached body is keyed by that same base (<see cref="Caching.RepresentationKey"/>), so every
/// client gets links to the address it called. Outside a request (tests, tools) the path is written as it is.
/// </summary>
internal sealed class AbsoluteUrlConverter(IHttpContextAccessor accessor, PublicLinks links) : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(accessor.HttpContext is { } context ? links.BaseFor(context.Request) + value : value);
}
