using ContentApi.Caching;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Remedies;

internal static class RemedyEndpoints
{
    public static IEndpointRouteBuilder MapRemedyEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapResource<RemedyListQuery, RemedyResponse, IRemedyRepository>("/api/remedies", "Remedies", new ResourceDocs(
            "remedy", "ListRemedies", "List remedies",
            "Alternative and conventional treatments, in the article's order unless sorted, with example medicines, evidence grading and dependence or augmentation notes.",
            "GetRemedy", "Get one remedy"), [ContentScope.Remedies], ListRemedies);

        return routes;
    }

    private static Task<Ok<PagedResponse<RemedyResponse>>> ListRemedies(
        [AsParameters] RemedyListQuery query, [AsParameters] PagingQuery paging, IRemedyRepository remedies, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(remedies, query, paging, context, cancellationToken);
}
