using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Search;

internal static class SearchEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(options => options.RankedMatchLimit > 0, "Search:RankedMatchLimit must be a positive number of matches, e.g. 5000")
            .ValidateOnStart();
        return services.AddSingleton<ISearchRepository, SearchRepository>();
    }

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts' documents too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/search").WithTags("Search").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Articles);

        group.MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Where does it talk about …?")
            .WithDescription("Ranked full-text search (SQLite FTS5 or PostgreSQL text search: English stemming, accents ignored) over article titles, section headings and text, foods, interactions, side effects and remedies. Title and heading matches rank above body matches. On SQLite at most 5,000 matches are ranked (the first in index order: articles, then sections, foods, interactions, side effects, remedies); a broader query lists any further matches after them, unranked, in that order. Each hit has its type, a link (for sections: article slug and anchor) and a snippet with matches in <mark>. Filter by type; paginated like every list. Example: ?q=sleep.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<SearchHit>>> Search(
        [AsParameters] SearchQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        ISearchRepository search, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await search.SearchAsync(SearchTerms.Parse(query.Q!), query.Type, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));
}
