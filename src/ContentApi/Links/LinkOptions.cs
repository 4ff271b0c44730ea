namespace ContentApi.Links;

/// <summary>Settings of the <c>Links</c> section: where links point, and which proxies may say so.</summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    /// <summary>
    /// The API's public address, e.g. <c>https://api.example.org</c>; links are written against it. Unset (the default),
    /// each request's own scheme and host are used, as a trusted proxy's <c>X-Forwarded-Proto</c>/<c>-Host</c> give them.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of proxies whose <c>X-Forwarded-*</c> headers are believed, besides loopback.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}
