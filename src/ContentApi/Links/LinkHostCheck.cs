using Microsoft.Extensions.Options;
using System.Globalization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Links;

/// <summary>
/// Links are built from the request's scheme and host, so a request whose scheme or host could not name this API gets
/// a 400 problem instead of links to nowhere: a scheme other than http(s) (from a trusted X-Forwarded-Proto), an empty
/// host, a host that is not a DNS name or IP address of at most 253 characters, a bad port, or a host outside
/// <c>AllowedHosts</c>. (That last check is the framework's host filtering, done here so the refusal is problem+json
/// like every other one, and the framework's own is turned off.) Hosts also reach the cache key, so this bounds it.
/// </summary>
internal sealed class LinkHostCheck(RequestDelegate next, IConfiguration configuration, IOptions<Telemetry.TelemetryOptions> telemetry)
{
    /// <summary>The title of every refusal.</summary>
    public const string RefusedTitle = "The request names no host this API answers to.";

    private const int MaxHostLength = 253;

    private readonly string? _metricsPath = telemetry.Value.PrometheusEnabled ? telemetry.Value.PrometheusPath : null;

    private readonly StringSegment[] _allowedHosts = [.. AllowedHosts(configuration).Select(host => new StringSegment(host))];

    // Nearly every request names the same scheme and host as the one before: the last one that passed is remembered,
    // so the check costs one comparison on the hot path (cache hits included).
    private Passed? _lastPassed;

    /// <summary>
    /// Runs before the framework's forwarded-headers middleware, which throws (a 500) on an X-Forwarded-Host label that
    /// is not valid punycode: such a request is refused here instead.
    /// </summary>
    public static async Task RefuseUndecodableForwardedHost(HttpContext context, RequestDelegate next)
    {
        var forwarded = context.Request.Headers["X-Forwarded-Host"];
        if (forwarded.Count == 0 || forwarded.All(value => value is null || value.Split(',').All(Decodes)))
        {
            await next(context);
            return;
        }

        await RefuseAsync(context, $"The host '{Shown(forwarded.ToString())}' (X-Forwarded-Host) has a label that is not valid punycode (xn--).");
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // The Host header as sent (or as a trusted proxy forwarded it): ASCII, the form links carry. HttpRequest.Host
        // decodes punycode and throws on a label that does not decode, so it is read only once the header has passed.
        var host = request.Headers.Host.ToString();
        if (_lastPassed is { } passed && passed.Scheme == request.Scheme && passed.Host == host)
        {
            await next(context);
            return;
        }

        if (Fault(request, host) is not { } detail)
        {
            // A probe may have passed only for being one (see Fault), so its host is not taken as passed for other paths.
            if (!IsProbe(request))
            {
                _lastPassed = new Passed(request.Scheme, host);
            }

            await next(context);
            return;
        }

        await RefuseAsync(context, detail);
    }

    private static async Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = RefusedTitle, Detail = detail },
        });
    }

    private static bool Decodes(string host)
    {
        try
        {
            _ = HostString.FromUriComponent(host.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The <c>AllowedHosts</c> setting (';'-separated, '*' for any), empty when any host is allowed.</summary>
    public static string[] AllowedHosts(IConfiguration configuration) =>
        (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is var hosts
        && hosts.Contains("*") ? [] : hosts;

    private string? Fault(HttpRequest request, string value)
    {
        if (request.Scheme is not ("http" or "https"))
        {
            return $"The scheme '{Shown(request.Scheme)}' (X-Forwarded-Proto) is not http or https.";
        }

        var portAt = value.LastIndexOf(':');
        if (portAt < value.LastIndexOf(']'))
        {
            portAt = -1;
        }

        var name = portAt < 0 ? value : value[..portAt];
        if (!IsHostName(name))
        {
            return $"The host '{Shown(value)}' (Host or X-Forwarded-Host) is not a DNS name or IP address.";
        }

        if (portAt >= 0 && !(int.TryParse(value.AsSpan(portAt + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535))
        {
            return $"The host '{Shown(value)}' (Host or X-Forwarded-Host) has no valid port.";
        }

        // The framework decodes "xn--" labels when the host is read, and throws on one that does not decode.
        if (!Decodes(value))
        {
            return $"The host '{Shown(value)}' (Host or X-Forwarded-Host) has a label that is not valid punycode (xn--).";
        }

        return _allowedHosts.Length == 0 || HostString.MatchesAny(new StringSegment(name), _allowedHosts) || IsProbe(request)
            ? null
            : $"The host '{Shown(value)}' is not one this API answers to (AllowedHosts).";
    }

    /// <summary>
    /// Health probes and the metrics scrape answer any well-formed host, whatever AllowedHosts says: orchestrators, the
    /// container's own HEALTHCHECK and Prometheus address the app by its IP, and these answers hold no link and are
    /// never cached.
    /// </summary>
    private bool IsProbe(HttpRequest request) =>
        request.Path.StartsWithSegments(Health.HealthEndpoints.PathPrefix, StringComparison.OrdinalIgnoreCase)
        || (_metricsPath is { } metrics && request.Path.StartsWithSegments(metrics, StringComparison.OrdinalIgnoreCase));

    /// <summary>A DNS name (ASCII labels, as a Host header carries it) or an IP address, as links can be built on.</summary>
    internal static bool IsHostName(string host)
    {
        if (host.Length is 0 or > MaxHostLength)
        {
            return false;
        }

        if (host.StartsWith('['))
        {
            return host.EndsWith(']') && Uri.CheckHostName(host[1..^1]) == UriHostNameType.IPv6;
        }

        // A fully qualified name may end in a dot.
        return Uri.CheckHostName(host) == UriHostNameType.IPv4 || host.TrimEnd('.').Split('.').All(IsLabel);
    }

    /// <summary>A DNS label: 1 to 63 letters, digits and inner hyphens.</summary>
    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(character => char.IsAsciiLetterOrDigit(character) || character == '-');

    /// <summary>One immutable object, so a reader never sees one request's scheme with another's host.</summary>
    private sealed record Passed(string Scheme, string? Host);

    /// <summary>Enough of a bad value to recognise it, not a page of it.</summary>
    private static string Shown(string value) => value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 64), "…");
}

internal static class LinkHostCheckSetup
{
    /// <summary>The framework's host filtering answers in HTML; <see cref="LinkHostCheck"/> applies the same setting.</summary>
    public static IServiceCollection AddLinkHostCheck(this IServiceCollection services) =>
        services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
}
