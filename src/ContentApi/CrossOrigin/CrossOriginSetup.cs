using ContentApi.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
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

    /// <summary>The policy of a write anyone may make from a browser (a comment): the same origins, POST.</summary>
    public const string PublicWritePolicy = "public-write";

    /// <summary>
    /// A POST that browser code on another origin may send (a reader's comment form): its preflight is routed to it, and
    /// <see cref="PublicWritePolicy"/> answers it. Marked rather than <c>RequireCors</c>: the CORS middleware runs only
    /// for requests with an Origin, and an endpoint with CORS metadata refuses to run without it.
    /// </summary>
    public static RouteHandlerBuilder AllowCrossOriginPosts(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new PublicWrite(), new HttpMethodMetadata([HttpMethods.Post], acceptCorsPreflight: true));

    /// <summary>The mark of an endpoint under <see cref="PublicWritePolicy"/>.</summary>
    internal sealed record PublicWrite;

    /// <summary>The public-write policy for a marked endpoint, the default one for everything else.</summary>
    private sealed class PublicWritePolicyProvider(IOptions<CorsOptions> options) : ICorsPolicyProvider
    {
        public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName) =>
            Task.FromResult(context.GetEndpoint()?.Metadata.GetMetadata<PublicWrite>() is not null
                ? options.Value.GetPolicy(PublicWritePolicy)
                : options.Value.GetPolicy(policyName ?? options.Value.DefaultPolicyName));
    }

    /// <summary>
    /// The configured origins (any, when none is listed), the methods, and any request header: reads and public writes
    /// never carry credentials, so any header a client asks for is allowed (a fixed list refused the tracing headers —
    /// traceparent, tracestate, baggage, sentry-trace —, X-Requested-With and Authorization that frontend libraries add,
    /// and blocked the request in the browser).
    /// </summary>
    private static void Allow(CorsPolicyBuilder policy, CrossOriginOptions options, string[] methods)
    {
        if (options.AllowedOrigins.Length == 0)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(options.AllowedOrigins);
        }

        policy.WithMethods(methods)
            .AllowAnyHeader()
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
    }

    public static IServiceCollection AddCrossOriginReads(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Cors").Get<CrossOriginOptions>() ?? new CrossOriginOptions();
        services.AddCors(cors =>
        {
            cors.AddDefaultPolicy(policy => Allow(policy, options, Methods));
            // A reader's comment form is a page of the website, often on another origin than the API: its POST is the
            // one write a browser makes without a key, and so the one cross-origin write allowed.
            cors.AddPolicy(PublicWritePolicy, policy => Allow(policy, options, [HttpMethods.Post, HttpMethods.Options]));
        });
        services.AddSingleton<ICorsPolicyProvider, PublicWritePolicyProvider>();
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
