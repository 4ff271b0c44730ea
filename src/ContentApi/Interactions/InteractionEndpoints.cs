using ContentApi.Caching;
using System.ComponentModel;
using ContentApi.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Interactions;

internal static class InteractionEndpoints
{
    public static IEndpointRouteBuilder MapInteractionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapResource<InteractionListQuery, InteractionResponse, IInteractionRepository>("/api/interactions", "Interactions", new ResourceDocs(
            "interaction", "ListInteractions", "List interactions",
            "Medicines and health conditions that call for caution, most severe first unless sorted, each with mechanism, guidance and any spacing in hours. Severity is this API's editorial grade, not a source's: major = no magnesium supplements unless a doctor prescribes and supervises them; moderate = only with spacing or a clinician's check; minor = no precaution beyond the usual upper limit. Filter by kind, severity or name (matches the name, drug class and example generic names).",
            "GetInteraction", "Get one interaction"), [ContentScope.Interactions], ListInteractions);

        group.MapGet("/check", CheckInteractions)
            .WithName("CheckInteractions")
            .WithSummary("Does it clash with my medicines or conditions?")
            .WithDescription("Matches each given medicine (generic name, brand name or drug class) and condition, ignoring case and accents, against the known interactions. Each match comes with mechanism, guidance and spacing hours, most severe first; names that match nothing are listed as unmatched (not an error). Severity is this API's editorial grade (see the interaction schema). At most 20 names, each at most 100 characters. Example: ?medications=Cipro,omeprazole&conditions=kidney disease.");

        return routes;
    }

    private static async Task<Ok<InteractionCheckResponse>> CheckInteractions(
        [AsParameters] InteractionCheckQuery query, IInteractionRepository interactions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await InteractionCheck.AnswerAsync(query, interactions, cancellationToken));

    private static Task<Ok<PagedResponse<InteractionResponse>>> ListInteractions(
        [AsParameters] InteractionListQuery query, [AsParameters] PagingQuery paging, IInteractionRepository interactions, HttpContext context, CancellationToken cancellationToken) =>
        ResourceEndpoints.ListAsync(interactions, query, paging, context, cancellationToken);
}
