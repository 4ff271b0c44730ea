using System.Net;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Links;

internal static class LinkSetup
{
    /// <summary>
    /// Absolute links: <see cref="PublicLinks"/>, the converter for <see cref="AbsoluteUrlAttribute"/> members, and
    /// <c>X-Forwarded-Proto</c>/<c>-Host</c>/<c>-For</c> believed from loopback and the configured proxies only (anyone
    /// else could otherwise point every link of their response at a host of their choosing).
    /// </summary>
    public static IServiceCollection AddPublicLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicLinkOptions>()
            .Bind(configuration.GetSection(PublicLinkOptions.Section))
            .Validate(options => options.PublicBaseUrl is null || IsBaseUrl(options.PublicBaseUrl),
                "Links:PublicBaseUrl must be an absolute http(s) URL with no query or fragment, e.g. https://api.example.org")
            .Validate(options => options.ArticlePageUrl is null
                    || (options.ArticlePageUrl.Contains("{slug}", StringComparison.Ordinal) && IsBaseUrl(options.ArticlePageUrl.Replace("{slug}", "slug", StringComparison.Ordinal))),
                "Links:ArticlePageUrl must be an absolute http(s) URL holding {slug}, e.g. https://www.example.org/health/{slug}")
            .Validate(_ => LinkHostCheck.AllowedHosts(configuration).All(IsHostPattern),
                "AllowedHosts must list host names separated by ';' (e.g. api.example.org;*.example.net), not URLs")
            .Validate(options => options.TrustedProxies.All(address => IPAddress.TryParse(address, out _)),
                "Links:TrustedProxies must list IP addresses")
            .ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        services.AddLinkHostCheck();
        var converter = new AbsoluteUrlConverter();
        services.Configure<JsonOptions>(json =>
            json.SerializerOptions.TypeInfoResolver = json.SerializerOptions.TypeInfoResolver!.WithAddedModifier(type => UseConverter(type, converter)));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<PublicLinkOptions>>((forwarded, links) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // A forwarded host outside AllowedHosts is not taken (and the request's own host is then checked by LinkHostCheck).
            foreach (var host in LinkHostCheck.AllowedHosts(configuration))
            {
                forwarded.AllowedHosts.Add(host);
            }

            // An address that does not parse is refused by the validation above, which explains it at start.
            foreach (var address in links.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(address, out var proxy))
                {
                    forwarded.KnownProxies.Add(proxy);
                }
            }
        });
        return services;
    }

    /// <summary>
    /// Before anything reads the scheme or host: the client's, as a trusted proxy forwards them, checked to be one
    /// links can be built on (after problem details, so a refusal is a problem like every other).
    /// </summary>
    public static IApplicationBuilder UsePublicLinks(this IApplicationBuilder app) =>
        app.Use(LinkHostCheck.RefuseUndecodableForwardedHost).UseForwardedHeaders().UseMiddleware<LinkHostCheck>();

    private static void UseConverter(JsonTypeInfo type, AbsoluteUrlConverter converter)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(string) && property.AttributeProvider?.IsDefined(typeof(AbsoluteUrlAttribute), inherit: false) == true)
            {
                property.CustomConverter = converter;
            }
        }
    }

    private static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    /// <summary>
    /// A host or a "*." wildcard of one, as AllowedHosts takes them: the same rule the requests' hosts are checked by (an
    /// entry no request could pass, such as a URL or a non-ASCII name, is refused at start rather than silently).
    /// </summary>
    private static bool IsHostPattern(string host) =>
        LinkHostCheck.IsHostName(host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host);
}
