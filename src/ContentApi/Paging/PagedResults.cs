using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ContentApi.Paging;

internal static class PagedResults
{
    /// <summary>200 with the page, and RFC 8288 <c>Link</c> header entries for first, prev, next and last.</summary>
    public static Ok<PagedResponse<T>> Ok<T>(HttpContext context, PagedResponse<T> page)
    {
        var request = context.Request;
        var lastPage = Math.Max(page.TotalPages, 1);
        var links = new List<string> { Link(request, 1, "first") };
        if (page.Page > 1)
        {
            links.Add(Link(request, Math.Min(page.Page - 1, lastPage), "prev"));
        }

        if (page.Page < lastPage)
        {
            links.Add(Link(request, page.Page + 1, "next"));
        }

        links.Add(Link(request, lastPage, "last"));
        context.Response.Headers.Link = string.Join(", ", links);
        return TypedResults.Ok(page);
    }

    private static string Link(HttpRequest request, int page, string relation)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
        return $"<{target}>; rel=\"{relation}\"";
    }
}
