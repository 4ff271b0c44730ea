using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Remedies;

internal static class RemedyEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddRemedies(this IServiceCollection services) =>
        services.AddSingleton<IRemedyRepository, RemedyRepository>();

    public static IEndpointRouteBuilder MapRemedyEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts' remedies too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/remedies").WithTags("Remedies").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Remedies);

        group.MapGet("/", ListRemedies)
            .WithName("ListRemedies")
            .WithSummary("List remedies")
            .WithDescription("Alternative and conventional treatments, in the article's order unless sorted, with example medicines, evidence grading and dependence or augmentation notes. Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetRemedy)
            .WithName("GetRemedy")
            .WithSummary("Get one remedy")
            .WithDescription("One remedy by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<RemedyResponse>>> ListRemedies(
        [AsParameters] RemedyListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        IRemedyRepository remedies, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await remedies.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<Ok<RemedyResponse>, NotFoundProblem>> GetRemedy(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, IRemedyRepository remedies, HttpContext context,
        CancellationToken cancellationToken) =>
        await remedies.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } remedy ? TypedResults.Ok(remedy) : NotFoundProblem.For("remedy", id);
}
