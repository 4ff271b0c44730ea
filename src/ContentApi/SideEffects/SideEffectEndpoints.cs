using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.SideEffects;

internal static class SideEffectEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddSideEffects(this IServiceCollection services) =>
        services.AddSingleton<ISideEffectRepository, SideEffectRepository>();

    public static IEndpointRouteBuilder MapSideEffectEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts' side effects too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/side-effects").WithTags("Side effects").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.SideEffects);

        group.MapGet("/", ListSideEffects)
            .WithName("ListSideEffects")
            .WithSummary("List side effects")
            .WithDescription("Common and severe side effects, in the article's order unless sorted. Filter by severity or text. Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetSideEffect)
            .WithName("GetSideEffect")
            .WithSummary("Get one side effect")
            .WithDescription("One side effect by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<SideEffectResponse>>> ListSideEffects(
        [AsParameters] SideEffectListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        ISideEffectRepository sideEffects, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await sideEffects.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<Ok<SideEffectResponse>, NotFoundProblem>> GetSideEffect(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, ISideEffectRepository sideEffects, HttpContext context,
        CancellationToken cancellationToken) =>
        await sideEffects.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } sideEffect ? TypedResults.Ok(sideEffect) : NotFoundProblem.For("side effect", id);
}
