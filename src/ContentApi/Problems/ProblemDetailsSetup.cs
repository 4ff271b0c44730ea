using System.Diagnostics;
using ContentApi.Database;

namespace ContentApi.Problems;

/// <summary>Every 4xx/5xx leaves as RFC 9457 problem details (<c>application/problem+json</c>).</summary>
internal static class ProblemDetailsSetup
{
    /// <summary>The title of every 400 whose <c>errors</c> map names query parameters.</summary>
    public const string InvalidQueryTitle = "One or more query parameters are invalid.";

    /// <summary>The title of every 404, whether no route matched or a route found no resource.</summary>
    public const string NotFoundTitle = "Not found.";

    public const string UnexpectedFaultDetail = "The server met an unexpected fault. It has been logged; quote the traceId when you report it.";

    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        // Before AddProblemDetails, so it is the first writer asked (and it never declines).
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            context.ProblemDetails.Instance ??= $"{http.Request.Method} {http.Request.Path}";
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
            if (context.ProblemDetails.Status is StatusCodes.Status404NotFound)
            {
                context.ProblemDetails.Title = NotFoundTitle;
                context.ProblemDetails.Detail ??= $"No resource or route matches '{http.Request.Path}'.";
            }
            else if (context.ProblemDetails.Status is StatusCodes.Status405MethodNotAllowed && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail =
                    $"'{http.Request.Path}' does not support {http.Request.Method}; see the Allow header for the methods it does support.";
            }
            else if (context.ProblemDetails.Status is StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail ??= UnexpectedFaultDetail;
            }

            // Every problem says what happened in its detail (the OpenAPI document promises one).
            context.ProblemDetails.Detail ??= context.ProblemDetails.Title;
        });
        services.AddExceptionHandler<StoreFaultHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Requests the binder cannot read (malformed or oversized bodies) throw, so BadRequestExceptionHandler answers them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Exception handler first (500s, binding failures), then status pages for bodiless 404/405s.</summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
