namespace ContentApi.Caching;

/// <summary>
/// Endpoint metadata: the media type a cached endpoint's 200 is sent as (JSON unless it says otherwise), and whether the
/// URL also answers in another media type by <c>Accept</c>, so responses say <c>Vary: Accept</c> to every cache on the way.
/// </summary>
public sealed record RepresentationFormat(string ContentType, bool VariesByAccept)
{
    public static RepresentationFormat Json { get; } = new("application/json; charset=utf-8", VariesByAccept: false);

    /// <summary>The Vary header value this format's responses carry.</summary>
    public string Vary { get; } = VariesByAccept ? "Accept, Accept-Encoding" : "Accept-Encoding";

    /// <summary>The media type without parameters, as OpenAPI names it.</summary>
    public string MediaType => ContentType.Split(';')[0];
}
