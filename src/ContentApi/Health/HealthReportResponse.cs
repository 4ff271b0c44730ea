using System.Text.Json.Serialization;

namespace ContentApi.Health;

/// <summary>A health report: the overall status, and each check that ran (none for liveness).</summary>
/// <param name="Status"><c>Healthy</c>, or <c>Unhealthy</c> when any check failed (the response is then a 503).</param>
/// <param name="DurationMs">How long the checks took in all, in milliseconds.</param>
/// <param name="Checks">Each check, in a fixed order.</param>
public sealed record HealthReportResponse([property: HealthStatusValues] string Status, double DurationMs, IReadOnlyList<HealthCheckResponse> Checks);

/// <summary>One check of a health report.</summary>
/// <param name="Name">What was checked: <c>database</c> (the file opens and the first page of every table reads), <c>migrations</c> (every script this build ships is recorded as applied), <c>quick-check</c> (the start's <c>PRAGMA quick_check</c> passed; always on PostgreSQL, which guards its own storage).</param>
/// <param name="Status"><c>Healthy</c> or <c>Unhealthy</c>.</param>
/// <param name="DurationMs">How long this check took, in milliseconds.</param>
/// <param name="Description">Why the check failed, in one sentence; present only when it failed.</param>
public sealed record HealthCheckResponse(
    [property: HealthCheckNameValues] string Name,
    [property: HealthStatusValues] string Status,
    double DurationMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description);
