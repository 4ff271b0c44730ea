using ContentApi.Caching;
using System.ComponentModel;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.DoseRanges;

internal static class DoseRangeEndpoints
{
    public static IEndpointRouteBuilder MapDoseRangeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapResource<DoseRangeListQuery, DoseRangeResponse, IDoseRangeRepository>("/api/dose-ranges", "Dose ranges", new ResourceDocs(
            "dose range", "ListDoseRanges", "List dose ranges",
            "Recommended intakes (RDA, AI), tolerable upper intake levels (UL) and the article's own guidance, per sex, life stage and age band, each with its source. Filter by substance, kind, sex, life stage, age or what the figure counts.",
            "GetDoseRange", "Get one dose range"), [ContentScope.DoseRanges, ContentScope.Interactions], ListDoseRanges);

        group.MapGet("/lookup", LookupDose)
            .WithName("LookupDose")
            .WithSummary("How much may this person take?")
            .WithDescription("For one person (substance, age, sex, life stage): the recommended total daily intake (RDA, or AI for infants), the tolerable upper intake level (or an explicit 'none established'), what that upper level counts, and the article's own guidance, each with its source. Example: ?substance=magnesium&ageYears=34&sex=female.");

        return routes;
    }

    private static Task<Results<Ok<DoseLookupResponse>, ValidationProblem>> LookupDose(
        [AsParameters] DoseLookupQuery query, IDoseRangeRepository doseRanges, CancellationToken cancellationToken) =>
        DoseLookup.AnswerAsync(query, doseRanges, cancellationToken);

    private static Task<Ok<PagedResponse<DoseRangeResponse>>> ListDoseRanges(
        [AsParameters] DoseRangeListQuery query, [AsParameters] PagingQuery paging, IDoseRangeRepository doseRanges, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(doseRanges, query, paging, context, cancellationToken);
}
