using ContentApi.Caching;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.SideEffects;

internal static class SideEffectEndpoints
{
    public static IEndpointRouteBuilder MapSideEffectEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapResource<SideEffectListQuery, SideEffectResponse, ISideEffectRepository>("/api/side-effects", "Side effects", new ResourceDocs(
            "side effect", "ListSideEffects", "List side effects",
            "Common and severe side effects, in the article's order unless sorted. Filter by severity or text.",
            "GetSideEffect", "Get one side effect"), [ContentScope.SideEffects], ListSideEffects);

        return routes;
    }

    private static Task<Ok<PagedResponse<SideEffectResponse>>> ListSideEffects(
        [AsParameters] SideEffectListQuery query, [AsParameters] PagingQuery paging, ISideEffectRepository sideEffects, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(sideEffects, query, paging, context, cancellationToken);
}
