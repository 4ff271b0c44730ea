using Microsoft.Extensions.Options;

namespace ContentApi.Links;

/// <summary>
/// The base every link is written against — <c>href</c> members, <c>Link</c> headers — so a client on another origin
/// can follow them as they are: the configured public base URL, or else the request's own scheme, host and path base.
/// </summary>
public sealed class PublicLinks(IOptions<LinkOptions> options)
{
    // Read at first use, not when built: settings are validated (and explained) after services are built.
    private readonly Lazy<string?> _configured = new(() => options.Value.PublicBaseUrl?.TrimEnd('/'));

    public string BaseFor(HttpRequest request) => _configured.Value ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
}
