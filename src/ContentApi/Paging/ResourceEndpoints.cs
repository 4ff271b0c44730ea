using ContentApi.Caching;
using System.ComponentModel;
using ContentApi.Problems;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Paging;

/// <summary>A repository of one kind of resource: a filtered, sorted, paged list and a lookup by id.</summary>
public interface IResourceRepository<in TQuery, TItem>
{
    Task<PagedResponse<TItem>> ListAsync(TQuery query, PagingQuery paging, CancellationToken cancellationToken);

    Task<TItem?> FindAsync(int id, CancellationToken cancellationToken);
}

/// <summary>What OpenAPI says about a resource's two standard endpoints.</summary>
/// <param name="Noun">Singular name used in 404 details, e.g. "food".</param>
/// <param name="ListName">Operation id of the list.</param>
/// <param name="ListSummary">Summary of the list.</param>
/// <param name="ListDescription">Description of the list: order, filters.</param>
/// <param name="GetName">Operation id of the lookup by id.</param>
/// <param name="GetSummary">Summary of the lookup by id.</param>
public sealed record ResourceDocs(string Noun, string ListName, string ListSummary, string ListDescription, string GetName, string GetSummary);

internal static class ResourceEndpoints
{
    /// <summary>
    /// Maps <c>GET {path}</c> to the feature's own list handler (its query type binds with [AsParameters], which
    /// must stay concrete) and <c>GET {path}/{id}</c> to a shared lookup; returns the group for extra routes.
    /// </summary>
    public static RouteGroupBuilder MapResource<TQuery, TItem, TRepository>(
        this IEndpointRouteBuilder routes, string path, string tag, ResourceDocs docs, string[] scopes, Func<TQuery, PagingQuery, TRepository, HttpContext, CancellationToken, Task<Ok<PagedResponse<TItem>>>> list)
        where TRepository : IResourceRepository<TQuery, TItem>
    {
        var group = routes.MapGroup(path).WithTags(tag).WithRequestValidation().WithHttpCaching(scopes);

        group.MapGet("/", list)
            .WithName(docs.ListName)
            .WithSummary(docs.ListSummary)
            .WithDescription(docs.ListDescription + " Paginated; navigation links are in the Link header.");

        // The repository is resolved inside: handler parameters of a generic type parameter crash ASP.NET's route analyzer.
        // Ids in canonical form only: int's own parsing would also accept "+1", " 1" and "0001" for item 1.
        group.MapGet("/{id:regex(^[1-9][0-9]{{0,8}}$)}", ([Description("The numeric id.")] int id, HttpContext context, CancellationToken cancellationToken) =>
                Get<TQuery, TItem, TRepository>(id, docs.Noun, context.RequestServices.GetRequiredService<TRepository>(), cancellationToken))
            .WithName(docs.GetName)
            .WithSummary(docs.GetSummary)
            .WithDescription($"One {docs.Noun} by its numeric id.");

        return group;
    }

    /// <summary>The body of every list handler: fetch the page, add its Link header.</summary>
    public static async Task<Ok<PagedResponse<TItem>>> ListAsync<TQuery, TItem>(
        IResourceRepository<TQuery, TItem> repository, TQuery query, PagingQuery paging, HttpContext context, CancellationToken cancellationToken) =>
        PagedResults.Ok(context, await repository.ListAsync(query, paging, cancellationToken));

    private static async Task<Results<Ok<TItem>, NotFoundProblem>> Get<TQuery, TItem, TRepository>(
        int id, string noun, TRepository repository, CancellationToken cancellationToken)
        where TRepository : IResourceRepository<TQuery, TItem> =>
        await repository.FindAsync(id, cancellationToken) is { } item ? TypedResults.Ok(item) : NotFoundProblem.For(noun, id);
}
