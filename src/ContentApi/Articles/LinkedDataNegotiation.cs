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
            && IsArticlePath(request.Path)
            && PrefersLinkedData(request.Headers.Accept))
        {
            request.Path = new PathString(request.Path.Value + ".jsonld");
        }

        return next(context);
    });

    private static bool IsArticlePath(PathString path) =>
        path.StartsWithSegments("/api/articles", StringComparison.Ordinal, out var rest)
        && rest.Value is { Length: > 1 } slug && slug.IndexOf('/', 1) < 0 && !slug.Contains('.', StringComparison.Ordinal);

    /// <summary>JSON-LD when the client names it with a higher quality than JSON (a tie goes to the one listed first).</summary>
    internal static bool PrefersLinkedData(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var linkedData = ranges.Select((range, index) => (range, index))
            .FirstOrDefault(entry => entry.range.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));
        if (linkedData.range is null || (linkedData.range.Quality ?? 1) <= 0)
        {
            return false;
        }

        var json = ranges.Select((range, index) => (range, index))
            .FirstOrDefault(entry => entry.range.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return json.range is null
            || (linkedData.range.Quality ?? 1) > (json.range.Quality ?? 1)
            || ((linkedData.range.Quality ?? 1) == (json.range.Quality ?? 1) && linkedData.index < json.index);
    }
}
