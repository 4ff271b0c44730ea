using ContentApi.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// Liveness and readiness probes on ASP.NET Core health checks. Their answers are about this moment, so they bypass the
/// representation cache (no WithHttpCaching) and are sent with <c>no-store</c>; a probe is never rate limited.
/// </summary>
internal static class HealthEndpoints
{
    public const string PathPrefix = "/health";

    /// <summary>The OpenAPI tag of the probes.</summary>
    public const string Tag = "Operations";

    public const string DatabaseCheck = "database";
    public const string MigrationsCheck = "migrations";
    public const string QuickCheckCheck = "quick-check";

    private const string ReadyTag = "ready";
    private const string JsonContentType = "application/json";
    private const string NoStore = "`no-store`: the answer is about this moment, and no cache may keep it.";

    // A probe that has not answered within this is failing: orchestrators' own probe timeouts are a few seconds.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    // A probe's one client error: a host that names no web address. Declared after the reports, so the document lists
    // the responses in that order; HttpResponsesOperationFilter describes it.
    private static readonly ProducesResponseTypeAttribute HostProblem = new(typeof(ProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json");

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadCheck>(DatabaseCheck, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<MigrationsAppliedCheck>(MigrationsCheck, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<StartupQuickCheck>(QuickCheckCheck, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(PathPrefix).WithTags(Tag).DisableRateLimiting();

        group.MapMethods("/live", [HttpMethods.Get, HttpMethods.Head], Live)
            .WithName("GetLiveness")
            .WithSummary("Is the process up?")
            .WithDescription("200 whenever the process can answer; runs no check and reads nothing, so a restart is the only cure for a failure. Also answers HEAD.")
            .WithMetadata(Report(StatusCodes.Status200OK, "Live: the process answers."))
            .WithMetadata(HostProblem)
            .WithResponseHeader("Cache-Control", NoStore);

        group.MapMethods("/ready", [HttpMethods.Get, HttpMethods.Head], Ready)
            .WithName("GetReadiness")
            .WithSummary("Can the API serve content now?")
            .WithDescription("Runs the readiness checks: the database file opens and the first page of every table reads (database), every script this build ships is applied (migrations), and the start's PRAGMA quick_check passed (quick-check; on PostgreSQL, which guards its own storage, it always passes). 200 when all pass; 503 with the same report, naming what failed, when any does. Also answers HEAD.")
            .WithMetadata(Report(StatusCodes.Status200OK, "Ready: every check passed."))
            .WithMetadata(Report(StatusCodes.Status503ServiceUnavailable, "Not ready: a check failed; its entry says why. Take the instance out of rotation until it passes."))
            .WithMetadata(HostProblem)
            .WithResponseHeader("Cache-Control", NoStore)
            .WithResponseHeader("Cache-Control", NoStore, status: StatusCodes.Status503ServiceUnavailable);

        return routes;
    }

    private static ProducesResponseTypeAttribute<HealthReportResponse> Report(int status, string description) =>
        new(status, JsonContentType) { Description = description };

    // No check runs: the process answering is the whole test.
    private static async Task<HealthReportResult> Live(HealthCheckService health, CancellationToken cancellationToken) =>
        new(await health.CheckHealthAsync(_ => false, cancellationToken));

    private static async Task<HealthReportResult> Ready(HealthCheckService health, CancellationToken cancellationToken) =>
        new(await health.CheckHealthAsync(registration => registration.Tags.Contains(ReadyTag), cancellationToken));
}
