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
    public string BaseFor(HttpRequest request)
    {
        if (_configured.Value is { } configured)
        {
            return configured;
        }

        // The last base built is kept with what it was built from: the same scheme, host and path base reuse it.
        // The Host header as sent or forwarded (ASCII, checked by LinkHostCheck), not HttpRequest.Host, which decodes it.
        var host = request.Headers.Host.ToString();
        if (_last is { } last && last.Scheme == request.Scheme && last.Host == host && last.PathBase == request.PathBase.Value)
        {
            return last.Base;
        }

        var linkBase = string.Concat(request.Scheme, "://", host.ToLowerInvariant(), request.PathBase.ToUriComponent());
        _last = new LastBase(request.Scheme, host, request.PathBase.Value, linkBase);
        return linkBase;
    }

    private LastBase? _last;

    private sealed record LastBase(string Scheme, string? Host, string? PathBase, string Base);
}
