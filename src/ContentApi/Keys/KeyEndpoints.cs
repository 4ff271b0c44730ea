using ContentApi.Routing;
using System.ComponentModel;
using System.Security.Claims;
using ContentApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Keys;

/// <summary>Keys over HTTP: list and revoke them with <c>keys:admin</c>; any key may ask which key it is. Keys are created with the <c>keys create</c> command only.</summary>
internal static class KeyEndpoints
{
    public const string Tag = "Keys";

    public static IEndpointRouteBuilder MapKeyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/keys").WithTags(Tag).AnswerHead();

        group.MapGet("/", ListKeys)
            .RequireScope(ApiScopes.KeysAdmin)
            .WithName("ListKeys")
            .WithSummary("List API keys")
            .WithDescription("Every key, revoked ones included, oldest first: id, name, scopes, and when it was created, last used and revoked. Never a key itself: only its hash is stored. Requires keys:admin.");

        group.MapGet("/current", GetCurrentKey)
            .RequireApiKey()
            .WithName("GetCurrentKey")
            .WithSummary("Which key is this?")
            .WithDescription("The key the request was sent with: its id, name and scopes. Any valid key may ask, so an editor can check theirs.");

        group.MapDelete("/{id}", RevokeKey)
            .RequireScope(ApiScopes.KeysAdmin)
            .WithName("RevokeKey")
            .WithSummary("Revoke an API key")
            .WithDescription("Revokes the key at once: its next request is refused with a 401. Revoking a revoked key changes nothing; the key stays in the list with the time it was revoked. Requires keys:admin.");

        return routes;
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> ListKeys(IApiKeyRepository keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    private static Ok<CurrentKeyResponse> GetCurrentKey(ClaimsPrincipal user) => TypedResults.Ok(ApiKeyPrincipal.Describe(user));

    private static async Task<Results<NoContent, NotFoundProblem>> RevokeKey(
        [Description("The key's public id, the 10 characters after 'ca_' in the key, e.g. 'k3jq7vx2ma'.")] string id,
        IApiKeyRepository keys, TimeProvider time, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, ApiKeyTime.Now(time), cancellationToken) is null ? NotFoundProblem.For("key", id) : TypedResults.NoContent();
}
