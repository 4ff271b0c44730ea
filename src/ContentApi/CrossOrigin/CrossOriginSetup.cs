using ContentApi.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.CrossOrigin;

internal static class CrossOriginSetup
{
    /// <summary>Methods a browser may use; preflights answer with exactly these.</summary>
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Options];

    /// <summary>
    /// Response headers browser code may read: validators, paging links, created locations, and what problems point to
    /// (Allow on 405; Retry-After on 503 and 429, with the 429's RateLimit fields so a page can pace itself).
    /// </summary>
    private static readonly string[] ExposedHeaders =
    [
        HeaderNames.ETag, HeaderNames.LastModified, "Link", HeaderNames.Location, HeaderNames.Allow, HeaderNames.RetryAfter,
        RateLimitRejection.LimitHeader, RateLimitRejection.PolicyHeader,
    ];

    public static IServiceCollection AddCrossOriginReads(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Cors").Get<CrossOriginOptions>() ?? new CrossOriginOptions();
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (options.AllowedOrigins.Length == 0)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(options.AllowedOrigins);
            }

            // Reads never carry credentials, so any request header a client asks for is allowed: a fixed list refused
            // the tracing (traceparent, tracestate, baggage, sentry-trace), X-Requested-With and Authorization headers
            // that frontend libraries add, and blocked the request in the browser.
            policy.WithMethods(Methods)
                .AllowAnyHeader()
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
        }));
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection("Cors")).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// CORS for every request. With a list of origins, the answer differs by Origin (allowed origins get
    /// Access-Control-Allow-Origin, others do not), so shared caches are told to vary on it, even for a single origin.
    /// </summary>
    public static IApplicationBuilder UseCrossOriginReads(this IApplicationBuilder app)
    {
        // Only a browser's cross-origin request carries Origin, and without it the CORS middleware does nothing but cost
        // the hit path a request service scope and an Items dictionary (~0.5 KB per request).
        app.UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), browser => browser.UseCors());
        // Options are read per request, not here: building the pipeline must not fail before the start can explain it.
        var options = app.ApplicationServices.GetRequiredService<IOptions<CrossOriginOptions>>();
        return app.Use((context, next) =>
        {
            if (options.Value.AllowedOrigins.Length > 0)
            {
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
            }

            return next(context);
        });
    }
}
