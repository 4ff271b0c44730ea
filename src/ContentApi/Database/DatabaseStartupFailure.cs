namespace ContentApi.Database;

/// <summary>
/// Whether this host's database start has failed. <see cref="DatabaseStartupService"/> explains that failure in one
/// critical line; the host would then log the same exception again as an error with its stack trace ("Hosting failed to
/// start"). Only that repeat is held back: the host's errors are logged as usual unless the database start failed.
/// </summary>
internal sealed class DatabaseStartupFailure
{
    /// <summary>The logging category of the generic host, which reports a hosted service that failed to start.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _explained;

    public void MarkExplained() => _explained = true;

    /// <summary>Whether a host log at <paramref name="level"/> should be written.</summary>
    public bool AllowsHostLog(LogLevel level) => !(_explained && level == LogLevel.Error);
}
