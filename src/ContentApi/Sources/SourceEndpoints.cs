using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Sources;

internal static class SourceEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services) =>
        services.AddSingleton<ISourceRepository, SourceRepository>();

    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: a source's citedBy lists drafts' blocks and items too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/sources").WithTags("Sources").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Sources);

        group.MapGet("/", ListSources)
            .WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("The authoritative sources the content cites, in citation order unless sorted. Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetSource)
            .WithName("GetSource")
            .WithSummary("Get one source and what cites it")
            .WithDescription("One source by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<SourceResponse>>> ListSources(
        [AsParameters] SourceListQuery query, [AsParameters] PagingQuery paging,
        [AsParameters] PreviewQuery preview, // Accepted like the group's other reads; sources belong to no article, so a preview lists the same ones.
        ISourceRepository sources, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await sources.ListAsync(query, paging, cancellationToken));

    private static async Task<Results<Ok<SourceResponse>, NotFoundProblem>> GetSource(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, ISourceRepository sources, HttpContext context,
        CancellationToken cancellationToken) =>
        await sources.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } source ? TypedResults.Ok(source) : NotFoundProblem.For("source", id);
}
