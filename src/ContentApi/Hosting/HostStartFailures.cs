namespace ContentApi.Hosting;

/// <summary>
/// Whether a failed start has been explained in one critical line — by <see cref="Database.DatabaseStartupService"/>
/// (the database) or by <see cref="StartupGuard"/> (anything else, such as an address in use). The host would then log
/// the same exception again as an error with its stack trace ("Hosting failed to start"); only that repeat is held
/// back, and only while the host starts: afterwards the host's errors are logged as usual.
/// </summary>
internal sealed class HostStartFailures
{
    /// <summary>The logging category of the generic host, which reports a hosted service that failed to start.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _explained;

    /// <summary>From now until <see cref="Started"/>, the explaining is done elsewhere.</summary>
    public void MarkExplained() => _explained = true;

    public void Started() => _explained = false;

    /// <summary>Whether a host log at <paramref name="level"/> should be written.</summary>
    public bool AllowsHostLog(LogLevel level) => !(_explained && level == LogLevel.Error);
}
