using ContentApi.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// The start's <c>PRAGMA quick_check</c> passed. A damaged file stops the start, so a running app has passed it; the
/// check says so in the report, without the seconds a new full check would take on a large file. PostgreSQL has no file
/// of ours to check (the server guards its own pages), so there the check holds and says why.
/// </summary>
internal sealed class StartupQuickCheck(DatabaseStartupReport startup, IContentConnections connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connections.Dialect == SqlDialect.PostgreSql || startup.QuickCheckPassed
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The start has not checked the database file (PRAGMA quick_check) yet."));
}
