using System.Diagnostics.Metrics;
using ContentApi.Caching;
using ContentApi.Database;

namespace ContentApi.Telemetry;

/// <summary>
/// The API's own instruments, on the meter <c>ContentApi</c>. Most are observed from counts the code keeps anyway (the
/// representation cache's statistics, the busy waits), so a request pays nothing for them; the SQL statement
/// instruments are fed by <see cref="SqlStatementMetrics"/>, attached only while metrics are exported.
/// </summary>
public sealed class ContentApiMetrics
{
    public const string MeterName = "ContentApi";

    private readonly Counter<long> _migrationsApplied;
    private readonly Counter<long> _statements;
    private readonly Histogram<double> _statementDuration;

    public ContentApiMetrics(IMeterFactory meters, RepresentationCache cache)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("contentapi.cache.hits", () => cache.Statistics?.TotalHits ?? 0, "{lookup}",
            "Representation cache lookups that found an entry.");
        meter.CreateObservableCounter("contentapi.cache.misses", () => cache.Statistics?.TotalMisses ?? 0, "{lookup}",
            "Representation cache lookups that found none.");
        meter.CreateObservableCounter("contentapi.cache.evictions", () => cache.Evictions, "{entry}",
            "Entries removed to keep the cache within its byte limit.");
        meter.CreateObservableUpDownCounter("contentapi.cache.size", () => cache.Statistics?.CurrentEstimatedSize ?? 0, "By",
            "Bytes the cached representations are charged for.");
        meter.CreateObservableUpDownCounter("contentapi.cache.entries", () => cache.Statistics?.CurrentEntryCount ?? 0, "{entry}",
            "Cached representations.");
        meter.CreateObservableCounter("contentapi.db.busy_waits", () => RawStatement.BusyWaits, "{wait}",
            "Times a statement found the database locked by a writer and waited (write conflicts, as readers see them).");
        _migrationsApplied = meter.CreateCounter<long>("contentapi.db.migrations.applied", "{script}", "Migration and seed scripts applied.");
        _statements = meter.CreateCounter<long>("contentapi.db.statements", "{statement}", "SQL statements executed.");
        // Statements take microseconds to milliseconds: the default buckets (made for milliseconds) would put them all in one.
        _statementDuration = meter.CreateHistogram("contentapi.db.statement.duration", "s", "How long SQL statements ran, as SQLite reports it (to the millisecond).", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1] });
    }

    public void MigrationApplied() => _migrationsApplied.Add(1);

    public void StatementExecuted(double seconds)
    {
        _statements.Add(1);
        _statementDuration.Record(seconds);
    }
}
