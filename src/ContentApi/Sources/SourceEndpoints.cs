using ContentApi.Caching;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Sources;

internal static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapResource<SourceListQuery, SourceResponse, ISourceRepository>("/api/sources", "Sources", new ResourceDocs(
            "source", "ListSources", "List sources",
            "The authoritative sources the content cites, in citation order unless sorted.",
            "GetSource", "Get one source and what cites it"), [ContentScope.Sources], ListSources);

        return routes;
    }

    private static Task<Ok<PagedResponse<SourceResponse>>> ListSources(
        [AsParameters] SourceListQuery query, [AsParameters] PagingQuery paging, ISourceRepository sources, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(sources, query, paging, context, cancellationToken);
}
