using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.DoseRanges;

internal static class DoseRangeEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddDoseRanges(this IServiceCollection services) =>
        services.AddSingleton<IDoseRangeRepository, DoseRangeRepository>();

    public static IEndpointRouteBuilder MapDoseRangeEndpoints(this IEndpointRouteBuilder routes)
    {
        // The lookup shows the cautions of interacting medicines, so interaction writes refresh it too.
        // Previewable: drafts' figures too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/dose-ranges").WithTags("Dose ranges").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.DoseRanges, ContentScope.Interactions);

        group.MapGet("/", ListDoseRanges)
            .WithName("ListDoseRanges")
            .WithSummary("List dose ranges")
            .WithDescription("Recommended intakes (RDA, AI), tolerable upper intake levels (UL) and the article's own guidance, per sex, life stage and age band, each with its source. Filter by substance, kind, sex, life stage, age or what the figure counts. Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetDoseRange)
            .WithName("GetDoseRange")
            .WithSummary("Get one dose range")
            .WithDescription("One dose range by its numeric id.");

        group.MapGet("/lookup", LookupDose)
            .WithName("LookupDose")
            .WithSummary("How much may this person take?")
            .WithDescription("For one person (substance, age, sex, life stage): the recommended total daily intake (RDA, or AI for infants), the tolerable upper intake level (or an explicit 'none established'), what that upper level counts, and the article's own guidance, each with its source. Example: ?substance=magnesium&ageYears=34&sex=female.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<DoseRangeResponse>>> ListDoseRanges(
        [AsParameters] DoseRangeListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        IDoseRangeRepository doseRanges, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await doseRanges.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<Ok<DoseRangeResponse>, NotFoundProblem>> GetDoseRange(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, IDoseRangeRepository doseRanges, HttpContext context,
        CancellationToken cancellationToken) =>
        await doseRanges.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } doseRange ? TypedResults.Ok(doseRange) : NotFoundProblem.For("dose range", id);

    private static Task<Results<Ok<DoseLookupResponse>, ValidationProblem>> LookupDose(
        [AsParameters] DoseLookupQuery query, [AsParameters] PreviewQuery preview, IDoseRangeRepository doseRanges, HttpContext context,
        CancellationToken cancellationToken) =>
        DoseLookup.AnswerAsync(query, doseRanges, PreviewReads.VisibilityFor(preview, context), cancellationToken);
}
