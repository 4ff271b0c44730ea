namespace ContentApi.Links;

/// <summary>Settings of the <c>Links</c> section: where links point, and which proxies may say so.</summary>
public sealed class PublicLinkOptions
{
    public const string Section = "Links";

    /// <summary>
    /// The API's public address, e.g. <c>https://api.example.org</c>; links are written against it. Unset (the default),
    /// each request's own scheme and host are used, as a trusted proxy's <c>X-Forwarded-Proto</c>/<c>-Host</c> give them.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Where the website shows an article, e.g. <c>https://www.example.org/health/{slug}</c>: the schema.org JSON-LD then
    /// names that page (and its sections as <c>#key</c> fragments), as search engines expect of a page's own data. Unset,
    /// it names the API's addresses.
    /// </summary>
    public string? ArticlePageUrl { get; set; }

    /// <summary>Addresses of proxies whose <c>X-Forwarded-*</c> headers are believed, besides loopback.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}
