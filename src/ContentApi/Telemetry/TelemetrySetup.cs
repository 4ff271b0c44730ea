using Microsoft.AspNetCore.RateLimiting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContentApi.Telemetry;

internal static class TelemetrySetup
{
    /// <summary>
    /// The API's meter always exists (cheap: mostly observed counts); OpenTelemetry listens — ASP.NET Core, HttpClient and
    /// ContentApi metrics, and traces — only when an exporter is configured: a Prometheus scrape endpoint
    /// (<c>Telemetry:PrometheusEnabled</c>) and/or OTLP (<c>Telemetry:OtlpEndpoint</c>, traces too). Off, a request pays
    /// for no instrument it does not need.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>()
            .Bind(configuration.GetSection(TelemetryOptions.Section))
            .Validate(options => options.OtlpEndpoint is null || IsCollectorUrl(options.OtlpEndpoint),
                "Telemetry:OtlpEndpoint must be an absolute http(s) URL, e.g. http://otel-collector:4317")
            .Validate(options => options.PrometheusPath.StartsWith('/'), "Telemetry:PrometheusPath must start with '/'")
            .ValidateOnStart();
        services.AddSingleton<ContentApiMetrics>();
        services.AddSingleton<SqlStatementMetrics>();

        // Whether to register the SDK at all is decided here, before the start validates settings: a value that does not
        // bind or validate registers nothing, and StartupGuard then explains it in one line.
        if (Read(configuration) is not { MetricsEnabled: true } options || (options.OtlpEndpoint is { } url && !IsCollectorUrl(url)))
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ContentApi"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(ContentApiMetrics.MeterName);
                if (options.PrometheusEnabled)
                {
                    // Scrapes see the counts as they are now, not a copy up to 300 ms old.
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return services;
    }

    /// <summary>The Prometheus scrape endpoint, when enabled: outside the OpenAPI document, the cache and rate limits.</summary>
    public static IEndpointRouteBuilder MapTelemetry(this WebApplication app)
    {
        if (Read(app.Configuration) is { PrometheusEnabled: true } options)
        {
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath).DisableRateLimiting();
        }

        return app;
    }

    private static TelemetryOptions? Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsCollectorUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
