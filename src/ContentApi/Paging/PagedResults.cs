using ContentApi.Links;
using ContentApi.Caching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ContentApi.Paging;

internal static class PagedResults
{
    /// <summary>An uncached list's bound query parameters, read once per handler.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.MethodInfo, IReadOnlyList<string>> BoundNames = new();

    /// <summary>200 with the page, and RFC 8288 <c>Link</c> header entries for first, prev, next and last, as absolute URLs.</summary>
    public static Ok<PagedResponse<T>> Ok<T>(HttpContext context, PagedResponse<T> page)
    {
        var request = context.Request;
        // A cached list's links keep the parameters its cache key holds; an uncached one (an editor's) those its handler
        // binds (a moderator's ?status= stays on every page).
        var endpoint = context.GetEndpoint();
        var queryNames = endpoint?.Metadata.GetMetadata<RepresentationPolicy>()?.QueryNames
            ?? (endpoint?.Metadata.GetMetadata<System.Reflection.MethodInfo>() is { } handler
                ? BoundNames.GetOrAdd(handler, method => Validation.DeclaredQueryParameters.Of(method).Names)
                : []);
        var linkBase = context.RequestServices.GetRequiredService<PublicLinks>().BaseFor(request);
        var lastPage = Math.Max(page.TotalPages, 1);
        var links = new List<string> { Link(request, linkBase, queryNames, 1, "first") };
        if (page.Page > 1)
        {
            links.Add(Link(request, linkBase, queryNames, Math.Min(page.Page - 1, lastPage), "prev"));
        }

        if (page.Page < lastPage)
        {
            links.Add(Link(request, linkBase, queryNames, page.Page + 1, "next"));
        }

        links.Add(Link(request, linkBase, queryNames, lastPage, "last"));
        context.Response.Headers.Link = string.Join(", ", links);
        return TypedResults.Ok(page);
    }

    /// <summary>
    /// A link to another page with the same bound parameters. Parameters the endpoint does not bind are left out: they
    /// change nothing, and a cached page's links are replayed to every client that asks for it.
    /// </summary>
    private static string Link(HttpRequest request, string linkBase, IReadOnlyList<string> queryNames, int page, string relation)
    {
        var query = RepresentationKey.CanonicalQuery(request.Query, queryNames)
            .Where(pair => pair.Key != "page")
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var target = QueryHelpers.AddQueryString(linkBase + request.Path, query);
        return $"<{target}>; rel=\"{relation}\"";
    }
}
