using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ContentApi.Keys;

/// <summary>
/// A valid key short of a scope gets a 403 problem naming the scope (the framework's own answer is a bare 403);
/// everything else goes as the framework sends it: on, or to the challenge (<see cref="ApiKeyAuthenticationHandler"/>).
/// </summary>
internal sealed class ScopeForbiddenResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            return _framework.HandleAsync(next, context, policy, authorizeResult);
        }

        // An authenticated key fails only a scope requirement: the policies hold nothing else (ApiKeyEndpointConventions).
        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements ?? [];
        // Space-separated when any one of several scopes will do (RequireAnyScope), as RFC 6750's scope attribute lists them.
        var scope = string.Join(' ', ApiKeyEndpointConventions.ScopesIn(failed));
        return ApiKeyProblems.WriteAsync(context, StatusCodes.Status403Forbidden, ApiKeyProblems.InsufficientScopeChallenge(scope),
            ApiKeyProblems.ForbiddenTitle, ApiKeyProblems.ForbiddenDetail(scope, ApiKeyPrincipal.IdOf(context.User))).AsTask();
    }
}
