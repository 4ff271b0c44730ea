namespace ContentApi.Telemetry;

/// <summary>Settings of the <c>Telemetry</c> section. Everything is off by default: no exporter, no per-request cost.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve a Prometheus scrape endpoint at <see cref="PrometheusPath"/>.</summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>An OTLP collector (e.g. <c>http://otel-collector:4317</c>): metrics and traces are exported to it.</summary>
    public string? OtlpEndpoint { get; set; }

    public bool MetricsEnabled => PrometheusEnabled || OtlpEndpoint is not null;
}
