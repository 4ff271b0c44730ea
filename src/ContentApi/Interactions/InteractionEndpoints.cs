using System.ComponentModel;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Interactions;

internal static class InteractionEndpoints
{
    public static IEndpointRouteBuilder MapInteractionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/interactions").WithTags("Interactions").WithRequestValidation();

        group.MapGet("/", ListInteractions)
            .WithName("ListInteractions")
            .WithSummary("List interactions")
            .WithDescription("Medicines and health conditions that call for caution, most severe first unless sorted, each with mechanism, guidance and any spacing in hours. Filter by kind, severity or name (matches the name, drug class and example generic names). Paginated; navigation links are in the Link header.");

        group.MapGet("/check", CheckInteractions)
            .WithName("CheckInteractions")
            .WithSummary("Does it clash with my medicines or conditions?")
            .WithDescription("Matches each given medicine (generic name, brand name or drug class) and condition, ignoring case and accents, against the known interactions. Each match comes with mechanism, guidance and spacing hours, most severe first; names that match nothing are listed as unmatched (not an error). At most 20 names, each at most 100 characters. Example: ?medications=Cipro,omeprazole&conditions=kidney disease.");

        group.MapGet("/{id:int}", GetInteraction)
            .WithName("GetInteraction")
            .WithSummary("Get one interaction")
            .WithDescription("One interaction by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<InteractionResponse>>> ListInteractions(
        [AsParameters] InteractionListQuery query, [AsParameters] PagingQuery paging, IInteractionRepository interactions, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await interactions.ListAsync(query, paging, cancellationToken));

    private static async Task<Ok<InteractionCheckResponse>> CheckInteractions(
        [AsParameters] InteractionCheckQuery query, IInteractionRepository interactions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await InteractionCheck.AnswerAsync(query, interactions, cancellationToken));

    private static async Task<Results<Ok<InteractionResponse>, NotFoundProblem>> GetInteraction(
        [Description("The numeric id.")] int id, IInteractionRepository interactions, CancellationToken cancellationToken) =>
        await interactions.FindAsync(id, cancellationToken) is { } interaction ? TypedResults.Ok(interaction) : NotFoundProblem.For("interaction", id);
}
