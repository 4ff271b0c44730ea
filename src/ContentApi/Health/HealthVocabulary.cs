using System.ComponentModel.DataAnnotations;

namespace ContentApi.Health;

/// <summary>The statuses a report can hold: no check reports Degraded, and a check that throws or times out is Unhealthy.</summary>
public sealed class HealthStatusValuesAttribute() : AllowedValuesAttribute("Healthy", "Unhealthy");

/// <summary>The readiness checks, by the names they are registered under.</summary>
public sealed class HealthCheckNameValuesAttribute() : AllowedValuesAttribute(
    HealthEndpoints.DatabaseCheck, HealthEndpoints.MigrationsCheck, HealthEndpoints.QuickCheckCheck);
