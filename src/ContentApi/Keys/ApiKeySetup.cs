using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContentApi.Keys;

/// <summary>
/// API keys on ASP.NET Core's authentication and authorization: one scheme (<see cref="ApiKeyAuthenticationHandler"/>),
/// a policy per endpoint (<see cref="ApiKeyEndpointConventions"/>), a 403 that names the missing scope
/// (<see cref="ScopeForbiddenResultHandler"/>) and a limit on refused keys per client address.
/// </summary>
internal static class ApiKeySetup
{
    /// <summary>The authentication scheme's name in ASP.NET Core.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The security scheme's name in the OpenAPI document.</summary>
    public const string DocumentScheme = "bearer";

    /// <summary>Where keys are kept and how they are made: what the <c>keys</c> command needs, without the web app.</summary>
    public static IServiceCollection AddApiKeyStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IApiKeyRepository, ApiKeyRepository>();
        services.AddSingleton<ApiKeyIssuer>();
        return services;
    }

    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddApiKeyStore();
        services.AddSingleton<AuthenticationFailureLimiter>();
        // No default *authenticate* scheme: the host adds an authentication middleware of its own whenever these
        // services exist, and with a default it would build and run the key handler on every request. Keys are read by
        // UseApiKeys only when a request sends them; challenges and forbids still answer as the key scheme.
        services.AddAuthentication(options =>
            {
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, configureOptions: null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeForbiddenResultHandler>();
        return services;
    }

    /// <summary>
    /// After routing (policies are endpoint metadata), CORS (a browser can read the 401) and the rate limiter; before the
    /// representation cache, which must know whether a request is authenticated. Only a request that sends an
    /// Authorization header has anything to authenticate: the others (public reads, nearly every request) never build the
    /// key handler and stay anonymous; and only an endpoint with a policy has anything to authorize.
    /// </summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
            {
                if (context.Request.Headers.Authorization.Count > 0
                    && await context.AuthenticateAsync(Scheme) is { Succeeded: true, Principal: { } principal })
                {
                    context.User = principal;
                }

                await next(context);
            })
            .UseWhen(
                context => context.GetEndpoint() is { } endpoint && ApiKeyEndpointConventions.RequiresApiKey(endpoint.Metadata),
                protectedEndpoint => protectedEndpoint.UseAuthorization())
            .MarkAuthMiddlewareSet();

    /// <summary>
    /// The host adds authentication (first in the pipeline) and authorization middleware of its own unless the app's
    /// pipeline marks them as set, and a branch's mark (UseWhen) does not reach the app. Keys are read above and
    /// authorization runs for the endpoints that declare a policy (every protected one does: the authorisation matrix
    /// tests it), so the public hit path enters neither.
    /// </summary>
    private static IApplicationBuilder MarkAuthMiddlewareSet(this IApplicationBuilder app)
    {
        app.Properties["__AuthenticationMiddlewareSet"] = true;
        app.Properties["__AuthorizationMiddlewareSet"] = true;
        return app;
    }
}
