using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace ContentApi.Keys;

/// <summary>
/// How an endpoint says who may call it: <see cref="RequireScope{TBuilder}"/> or <see cref="RequireApiKey{TBuilder}"/>.
/// Each adds an authorization policy to the endpoint's metadata, which is what the pipeline enforces, the OpenAPI
/// document states (<c>security</c>, 401, 403) and the authorization matrix test reads. An endpoint with neither is public.
/// </summary>
internal static class ApiKeyEndpointConventions
{
    /// <summary>Only a valid key holding <paramref name="scope"/>: 401 without one, 403 for a key without the scope.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiScopes.All.Contains(scope, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{scope}' is not a scope; see ApiScopes.", nameof(scope));
        }

        return builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(ApiKeyPrincipal.ScopeClaim, scope));
    }

    /// <summary>A valid key holding at least one of <paramref name="scopes"/>: 401 without one, 403 for a key with none of them.</summary>
    public static TBuilder RequireAnyScope<TBuilder>(this TBuilder builder, params string[] scopes) where TBuilder : IEndpointConventionBuilder
    {
        if (scopes.Length == 0 || scopes.Any(scope => !ApiScopes.All.Contains(scope, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"'{string.Join(", ", scopes)}' are not all scopes; see ApiScopes.", nameof(scopes));
        }

        // One claims requirement with several allowed values: any one of them satisfies it.
        return builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(ApiKeyPrincipal.ScopeClaim, scopes));
    }

    /// <summary>Any valid key, whatever its scopes: 401 without one.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser());

    /// <summary>
    /// Whether the endpoint asks for authorization in any of the ways ASP.NET Core knows (a policy, [Authorize], a
    /// requirement), so needs a key. One predicate for all who ask: the pipeline (which runs authorization only for these),
    /// the OpenAPI document and the authorisation matrix test. GetMetadata is cached per endpoint: cheap on the hot path.
    /// </summary>
    public static bool RequiresApiKey(EndpointMetadataCollection metadata) =>
        metadata.GetMetadata<AuthorizationPolicy>() is not null || metadata.GetMetadata<IAuthorizeData>() is not null
        || metadata.GetMetadata<IAuthorizationRequirementData>() is not null;

    /// <summary>The scopes the endpoint's metadata requires (none when any key will do, or none is needed).</summary>
    public static IReadOnlyList<string> ScopesRequiredBy(IEnumerable<object> metadata) =>
        ScopesIn(metadata.OfType<AuthorizationPolicy>().SelectMany(policy => policy.Requirements));

    public static IReadOnlyList<string> ScopesIn(IEnumerable<IAuthorizationRequirement> requirements) => requirements
        .OfType<ClaimsAuthorizationRequirement>()
        .Where(requirement => requirement.ClaimType == ApiKeyPrincipal.ScopeClaim)
        .SelectMany(requirement => requirement.AllowedValues ?? [])
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
