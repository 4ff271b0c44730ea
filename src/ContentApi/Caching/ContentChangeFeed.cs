using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// What this process knows of the content's scope stamps: it reads the stamps newer than the last one it saw at most
/// once per refresh interval (one indexed range read; the first read loads every scope), so a write by any process
/// sharing the database is seen within the interval and a cached read costs no SQL. A representation stays current
/// while none of its scopes has a stamp newer than the one it was built under.
/// </summary>
public sealed class ContentChangeFeed(IContentChangeRepository changes, IOptions<HttpCachingOptions> options, TimeProvider time)
{
    private readonly long _refreshTicks = TimeSpan.FromMilliseconds(options.Value.ContentVersionRefreshMilliseconds).Ticks;
    private readonly ConcurrentDictionary<string, long> _scopeVersions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version = -1;
    private long _readAt;
    private Task? _reading;

    /// <summary>The newest stamp seen; every write up to it is visible to a read that starts now. -1 before the first read.</summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>Reads new stamps when the last read is older than the interval; concurrent callers share one read.</summary>
    public async ValueTask RefreshIfDueAsync(CancellationToken cancellationToken)
    {
        if (Version >= 0 && time.GetElapsedTime(Volatile.Read(ref _readAt)).Ticks < _refreshTicks)
        {
            return;
        }

        if (_refreshTicks == 0)
        {
            // "Every request sees every committed write": a read begun before this request arrived may miss one.
            await ReadAsync(cancellationToken);
            return;
        }

        TaskCompletionSource? mine = null;
        Task reading;
        lock (_gate)
        {
            if (_reading is null)
            {
                mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _reading = mine.Task;
            }

            reading = _reading;
        }

        if (mine is not null)
        {
            try
            {
                // Not the caller's token: the others waiting on this read did not give up.
                await ReadAsync(CancellationToken.None);
                mine.SetResult();
            }
            catch (Exception ex)
            {
                mine.SetException(ex);
            }
            finally
            {
                lock (_gate)
                {
                    _reading = null;
                }
            }
        }

        await reading.WaitAsync(cancellationToken);
    }

    /// <summary>Reads new stamps now: a writer in this process calls it after its commit, so its own write is served at once.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    /// <summary>True while no scope of <paramref name="representation"/> has changed since it was built.</summary>
    public bool IsCurrent(CachedRepresentation representation)
    {
        var version = Version;
        if (representation.CheckedAt == version)
        {
            return true;
        }

        foreach (var scope in representation.Scopes)
        {
            if (_scopeVersions.TryGetValue(scope, out var changedAt) && changedAt > representation.BuiltAt)
            {
                return false;
            }
        }

        // Nothing it depends on changed up to this version: later hits skip the scope lookups.
        representation.CheckedAt = version;
        return true;
    }

    /// <summary>Forgets every stamp, so the next request reads them all again (the database file was replaced).</summary>
    public void Forget()
    {
        Volatile.Write(ref _version, -1);
        _scopeVersions.Clear();
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var stamps = await changes.ReadSinceAsync(Version, cancellationToken);
        foreach (var stamp in stamps)
        {
            // Reads may overlap (refresh interval 0): a scope's stamp only ever moves forward.
            _scopeVersions.AddOrUpdate(stamp.Scope, stamp.Version, (_, seen) => Math.Max(seen, stamp.Version));
        }

        // The scopes are updated before the version moves, so a reader of the version finds their stamps in place. An
        // empty store still counts as read (0); an overlapping older read never moves the version back.
        var newest = stamps.Count > 0 ? stamps[^1].Version : 0;
        long current;
        do
        {
            current = Version;
        }
        while (newest > current && Interlocked.CompareExchange(ref _version, newest, current) != current);

        Volatile.Write(ref _readAt, time.GetTimestamp());
    }
}
