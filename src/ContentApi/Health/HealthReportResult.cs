using System.Globalization;
using System.Text.Json;
using ContentApi.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// A health report as JSON: 200 when every check passed, 503 otherwise, always <c>Cache-Control: no-store</c>. HEAD
/// gets the same status and headers with no body. A failure is described in its check's own words, never with an
/// exception's stack trace.
/// </summary>
internal sealed class HealthReportResult(HealthReport report) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var healthy = report.Status == HealthStatus.Healthy;
        var body = JsonSerializer.SerializeToUtf8Bytes(ToResponse(report), ContentJsonContext.Default.HealthReportResponse);
        var response = httpContext.Response;
        response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    internal static HealthReportResponse ToResponse(HealthReport report) => new(
        Status(report.Status),
        Milliseconds(report.TotalDuration),
        [.. report.Entries.Select(entry => new HealthCheckResponse(
            entry.Key,
            Status(entry.Value.Status),
            Milliseconds(entry.Value.Duration),
            entry.Value.Status == HealthStatus.Healthy ? null : FirstLine(entry.Value.Description)))]);

    // No check reports Degraded; anything short of Healthy is a failure to the orchestrator.
    private static string Status(HealthStatus status) => status == HealthStatus.Healthy ? "Healthy" : "Unhealthy";

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 2);

    // A check that threw is described by the exception's message (the health check service's doing), which may run on.
    private static string FirstLine(string? description) =>
        description?.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? line : "The check failed.";
}
