using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ContentApi.Logs;

/// <summary>
/// An endpoint's route as people read it, <c>/api/foods/{id}</c>: parameters by name, without their constraints (the id's
/// regex), so logs group by route. Built once per endpoint, and held weakly: an endpoint holds its request delegate
/// and through it the host's services, so a strong static table kept every host built in the process alive (each of
/// the test suite's hundreds of hosts, with its caches).
/// </summary>
internal static class RouteTemplate
{
    private static readonly ConditionalWeakTable<RouteEndpoint, string> Templates = new();

    /// <summary>Null when no route matched, or the request was answered before routing.</summary>
    public static string? Of(Endpoint? endpoint) =>
        endpoint is RouteEndpoint route ? Templates.GetValue(route, static route => Describe(route.RoutePattern)) : null;

    private static string Describe(RoutePattern pattern)
    {
        var template = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            template.Append('/');
            foreach (var part in segment.Parts)
            {
                template.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { IsCatchAll: true } parameter => $"{{**{parameter.Name}}}",
                    RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }

        return template.Length == 0 ? "/" : template.ToString();
    }
}
