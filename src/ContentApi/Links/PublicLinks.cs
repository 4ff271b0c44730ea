using Microsoft.Extensions.Options;

namespace ContentApi.Links;

/// <summary>
/// The base every link is written against — <c>href</c> members, <c>Link</c> headers — so a client on another origin
/// can follow them as they are: the configured public base URL, or else the request's own scheme, host and path base.
/// </summary>
public sealed class PublicLinks(IOptions<PublicLinkOptions> options)
{
    // Read at first use, not when built: settings are validated (and explained) after services are built.
    private readonly Lazy<string?> _configured = new(() => options.Value.PublicBaseUrl?.TrimEnd('/'));

    /// <summary>
    /// The base for this request: hosts are compared without case, so they are written in lower case (one cache key),
    /// and an internationalised name in its ASCII form, as a URL carries it.
    /// </summary>
    public string BaseFor(HttpRequest request) =>
        _configured.Value ?? string.Concat(request.Scheme, "://", request.Host.ToUriComponent().ToLowerInvariant(), request.PathBase.ToUriComponent());
}
