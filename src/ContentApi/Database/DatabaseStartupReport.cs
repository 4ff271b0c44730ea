namespace ContentApi.Database;

/// <summary>
/// What the start found, for the readiness probe: whether <c>PRAGMA quick_check</c> passed and which scripts this build
/// ships (so a probe can tell when the file it now reads, e.g. an older backup restored while running, lacks some).
/// </summary>
public sealed class DatabaseStartupReport
{
    private volatile IReadOnlyList<string>? _shippedScripts;
    private volatile bool _quickCheckPassed;

    /// <summary>True once the start's <c>PRAGMA quick_check</c> has answered ok.</summary>
    public bool QuickCheckPassed => _quickCheckPassed;

    /// <summary>The scripts this build ships, in order; null until the start has applied them.</summary>
    public IReadOnlyList<string>? ShippedScripts => _shippedScripts;

    internal void QuickCheckOk() => _quickCheckPassed = true;

    internal void Migrated(IReadOnlyList<string> shippedScripts) => _shippedScripts = shippedScripts;
}
