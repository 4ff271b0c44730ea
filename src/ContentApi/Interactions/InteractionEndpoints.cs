using System.ComponentModel;
using ContentApi.Caching;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Interactions;

internal static class InteractionEndpoints
{
    /// <summary>The repository is stateless (a pooled connection per call), so one instance serves every request.</summary>
    public static IServiceCollection AddInteractions(this IServiceCollection services) =>
        services.AddSingleton<IInteractionRepository, InteractionRepository>();

    public static IEndpointRouteBuilder MapInteractionEndpoints(this IEndpointRouteBuilder routes)
    {
        // Previewable: drafts' interactions too for a key with content:preview under ?preview=true.
        var group = routes.MapGroup("/api/interactions").WithTags("Interactions").WithPreview().WithRequestValidation().WithHttpCaching(ContentScope.Interactions);

        group.MapGet("/", ListInteractions)
            .WithName("ListInteractions")
            .WithSummary("List interactions")
            .WithDescription("Medicines and health conditions that call for caution, most severe first unless sorted, each with mechanism, guidance and any spacing in hours. Severity is this API's editorial grade, not a source's: major = no magnesium supplements unless a doctor prescribes and supervises them; moderate = only with spacing or a clinician's check; minor = no precaution beyond the usual upper limit. Filter by kind, severity or name (matches the name, drug class and example generic names). Paginated; navigation links are in the Link header.");

        group.MapGet(IdRoute.Template, GetInteraction)
            .WithName("GetInteraction")
            .WithSummary("Get one interaction")
            .WithDescription("One interaction by its numeric id.");

        group.MapGet("/check", CheckInteractions)
            .WithName("CheckInteractions")
            .WithSummary("Does it clash with my medicines or conditions?")
            .WithDescription("Matches each given medicine (generic name, brand name or drug class) and condition, ignoring case and accents, against the known interactions. Each match comes with mechanism, guidance and spacing hours, most severe first; names that match nothing are listed as unmatched (not an error). Severity is this API's editorial grade (see the interaction schema). At most 20 names, each at most 100 characters. Example: ?medications=Cipro,omeprazole&conditions=kidney disease.");

        return routes;
    }

    private static async Task<Ok<PagedResponse<InteractionResponse>>> ListInteractions(
        [AsParameters] InteractionListQuery query, [AsParameters] PagingQuery paging, [AsParameters] PreviewQuery preview,
        IInteractionRepository interactions, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await interactions.ListAsync(query, paging, PreviewReads.VisibilityFor(preview, context), cancellationToken));

    private static async Task<Results<Ok<InteractionResponse>, NotFoundProblem>> GetInteraction(
        [Description("The numeric id.")] int id, [AsParameters] PreviewQuery preview, IInteractionRepository interactions, HttpContext context,
        CancellationToken cancellationToken) =>
        await interactions.FindAsync(id, PreviewReads.VisibilityFor(preview, context), cancellationToken) is { } interaction ? TypedResults.Ok(interaction) : NotFoundProblem.For("interaction", id);

    private static async Task<Ok<InteractionCheckResponse>> CheckInteractions(
        [AsParameters] InteractionCheckQuery query, [AsParameters] PreviewQuery preview, IInteractionRepository interactions, HttpContext context,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await InteractionCheck.AnswerAsync(query, interactions, PreviewReads.VisibilityFor(preview, context), cancellationToken));
}
