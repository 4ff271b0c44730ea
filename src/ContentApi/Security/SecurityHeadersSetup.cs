using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ContentApi.Security;

/// <summary>
/// Headers every response carries whatever produced it (endpoint, cache, problem, Swagger UI's static files):
/// <c>X-Content-Type-Options: nosniff</c> so no browser guesses a type, a Content-Security-Policy on the Swagger UI
/// pages (the only HTML served), and no <c>Server</c> header naming the web server.
/// </summary>
internal static class SecurityHeadersSetup
{
    /// <summary>Swagger UI loads only its own scripts and styles; it calls this origin alone. React sets inline styles.</summary>
    public const string SwaggerUiPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

    /// <summary>First in the pipeline; the headers are set as the response starts, after any handler cleared it.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (http.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Headers.ContentSecurityPolicy = SwaggerUiPolicy;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
