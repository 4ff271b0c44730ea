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

        group.MapGet("/{id:int}", GetInteraction)
            .WithName("GetInteraction")
            .WithSummary("Get one interaction")
            .WithDescription("One interaction by its numeric id.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<InteractionResponse>>> ListInteractions(
        [AsParameters] InteractionListQuery query, [AsParameters] PagingQuery paging, IInteractionRepository interactions, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await interactions.ListAsync(query, paging, cancellationToken));

    private static async Task<Results<Ok<InteractionResponse>, NotFoundProblem>> GetInteraction(
        [Description("The numeric id.")] int id, IInteractionRepository interactions, CancellationToken cancellationToken) =>
        await interactions.FindAsync(id, cancellationToken) is { } interaction ? TypedResults.Ok(interaction) : NotFoundProblem.For("interaction", id);
}
