using Microsoft.Net.Http.Headers;

namespace ContentApi.Articles;

/// <summary>
/// <c>GET /api/articles/{slug}</c> with <c>Accept: application/ld+json</c> preferred over JSON is answered by the
/// article's JSON-LD (<c>/api/articles/{slug}.jsonld</c>): the request is pointed there before routing, so that
/// representation is validated, cached and revalidated by its own URL like any other. Both say <c>Vary: Accept</c>.
/// </summary>
internal static class LinkedDataNegotiation
{
    public const string MediaType = "application/ld+json";

    public static IApplicationBuilder UseArticleLinkedData(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && ArticlePath(request.Path) is { } article
            && PrefersLinkedData(request.Headers.Accept))
        {
            request.Path = new PathString(article + ".jsonld");
        }

        return next(context);
    });

    /// <summary>
    /// The path of an article itself (<c>/api/articles/{slug}</c>) without its trailing slash, matched as routing matches
    /// (case-insensitive, one trailing slash allowed); null for any other path.
    /// </summary>
    private static string? ArticlePath(PathString path)
    {
        if (!path.StartsWithSegments("/api/articles", StringComparison.OrdinalIgnoreCase, out var rest) || rest.Value is not { Length: > 1 } slug)
        {
            return null;
        }

        var trimmed = slug.EndsWith('/') ? slug[..^1] : slug;
        return trimmed.Length > 1 && trimmed.IndexOf('/', 1) < 0 && !trimmed.Contains('.', StringComparison.Ordinal)
            ? path.Value![..^(slug.Length - trimmed.Length)]
            : null;
    }

    /// <summary>
    /// JSON-LD when the client prefers it (RFC 9110 §12.5.1): each type gets the quality of the most specific range that
    /// matches it (<c>application/ld+json</c> over <c>application/*</c> over <c>*&#47;*</c>). JSON-LD must score higher,
    /// or tie while named outright where JSON is not, or both named and JSON-LD first. Anything else keeps JSON.
    /// </summary>
    internal static bool PrefersLinkedData(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var linkedData = Preference(ranges, MediaType);
        var json = Preference(ranges, "application/json");
        if (linkedData.Quality <= 0 || linkedData.Quality < json.Quality)
        {
            return false;
        }

        return linkedData.Quality > json.Quality
            || (linkedData.Named && (!json.Named || linkedData.Position < json.Position));
    }

    private static (double Quality, bool Named, int Position) Preference(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        (double Quality, int Specificity, int Position) best = (0, -1, int.MaxValue);
        for (var position = 0; position < ranges.Count; position++)
        {
            var range = ranges[position];
            var specificity = range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && !range.MatchesAllTypes ? 1
                : range.MatchesAllTypes ? 0
                : -1;
            if (specificity > best.Specificity)
            {
                best = (Math.Clamp(range.Quality ?? 1, 0, 1), specificity, position);
            }
        }

        return (best.Quality, best.Specificity == 2, best.Position);
    }
}
