using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// The current content version, read from the database at most once per refresh interval so the cached
/// read path does not query SQLite per request. Writers in this process call <see cref="BumpAsync"/> after
/// their write so it is seen at once; writers elsewhere are seen within the interval.
/// </summary>
public sealed class ContentVersion(IContentStateRepository states, IOptions<HttpCachingOptions> options, TimeProvider time)
{
    private readonly long _refreshTicks = TimeSpan.FromMilliseconds(options.Value.ContentVersionRefreshMilliseconds).Ticks;
    private volatile Snapshot? _snapshot;

    public async ValueTask<ContentState> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_snapshot is { } snapshot && time.GetElapsedTime(snapshot.ReadAt, now).Ticks < _refreshTicks)
        {
            return snapshot.State;
        }

        var state = await states.GetAsync(cancellationToken);
        _snapshot = new Snapshot(state, now);
        return state;
    }

    /// <summary>Bumps the stored version (every cached representation becomes stale) and returns the new state.</summary>
    public async Task<ContentState> BumpAsync(CancellationToken cancellationToken)
    {
        var state = await states.BumpAsync(cancellationToken);
        _snapshot = new Snapshot(state, time.GetTimestamp());
        return state;
    }

    /// <summary>Drops the remembered version, so the next request reads it again.</summary>
    public void Forget() => _snapshot = null;

    private sealed record Snapshot(ContentState State, long ReadAt);
}
