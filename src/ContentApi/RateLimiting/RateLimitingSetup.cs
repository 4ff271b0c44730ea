using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentApi.RateLimiting;

/// <summary>
/// Rate limits on reads with ASP.NET Core's rate limiter, per client address (<see cref="ClientRateLimiter"/>), when
/// <c>RateLimiting:Enabled</c> is true. Endpoints marked <c>.DisableRateLimiting()</c> never count: the health checks
/// and the documentation (static bytes a developer's browser fetches several of at once, and no SQL behind them).
/// </summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ClientRateLimiter>();
        services.AddRateLimiter(_ => { });
        // Resolved when the limiter middleware is built, which happens only when rate limiting is on.
        services.AddOptions<RateLimiterOptions>().Configure<ClientRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) => RateLimitRejection.WriteAsync(rejected, limiter);
        });
        return services;
    }

    /// <summary>
    /// After routing (an endpoint's metadata exempts it) and CORS (a browser can read the 429), before the cache (a
    /// cache hit costs a token too). Off, the limiter is left out of the pipeline and costs nothing.
    /// </summary>
    public static IApplicationBuilder UseRateLimiting(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>();
        var limited = app.New();
        limited.UseRateLimiter();
        return app.Use(next =>
        {
            // Read when the pipeline is built, after the start has validated the settings (and explained a bad one).
            if (!settings.Value.Enabled)
            {
                return next;
            }

            limited.Run(next);
            return limited.Build();
        });
    }
}
