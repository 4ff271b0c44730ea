using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// Serialised responses by <see cref="RepresentationKey"/>, bounded by the bytes they hold: past the limit the least
/// recently used entries are evicted (MemoryCache's compaction), so any number of distinct URLs costs at most the limit.
/// Concurrent misses of one key share one build (<see cref="JoinOrLead"/>).
/// </summary>
public sealed class RepresentationCache : IDisposable
{
    private readonly HttpCachingOptions _options;
    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, Task<CachedRepresentation?>> _builds = new(StringComparer.Ordinal);

    // A static callback with the cache as its state: no closure per stored entry.
    private static readonly PostEvictionDelegate CountEviction = static (_, _, reason, state) =>
    {
        if (reason == EvictionReason.Capacity)
        {
            Interlocked.Increment(ref ((RepresentationCache)state!)._evictions);
        }
    };

    private long _evictions;

    public RepresentationCache(IOptions<HttpCachingOptions> options)
    {
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = _options.CacheSizeLimitBytes,
            // One compaction frees a quarter of the limit, so a stream of new URLs does not compact on every store.
            CompactionPercentage = 0.25,
            TrackStatistics = true,
        });
    }

    /// <summary>False when <see cref="HttpCachingOptions.StoreRepresentations"/> is off: every request builds its own.</summary>
    public bool IsEnabled => _options.StoreRepresentations;

    public int Count => _entries.Count;

    /// <summary>Hits, misses, entries and bytes, as the cache tracks them (for metrics).</summary>
    public MemoryCacheStatistics? Statistics => _entries.GetCurrentStatistics();

    /// <summary>Entries removed to stay within the byte limit, since the start.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The bytes the entries are charged for now (see <see cref="CachedRepresentation.SizeInCache"/>).</summary>
    public long SizeInBytes => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>
    /// A request that sends credentials (Authorization) is neither answered from nor stored in the cache: its entries are
    /// public, and what a key reads may be what only that key may see. The header, not the authenticated user: keys are
    /// read only from requests that send one, so the two differ only for a refused key, which is better uncached too; and
    /// reading HttpContext.User would build an anonymous principal on every public hit.
    /// </summary>
    public static bool IsPrivate(HttpContext context) => context.Request.Headers.Authorization.Count > 0;

    public bool TryGet(string key, out CachedRepresentation representation) =>
        _entries.TryGetValue(key, out representation!);

    /// <summary>Keeps a representation unless it is larger than one entry may be; compresses it first so its size is known.</summary>
    public void Store(string key, CachedRepresentation representation)
    {
        if (!IsEnabled || representation.Body.Length > _options.MaxEntryBytes)
        {
            return;
        }

        if (representation.Body.Length >= _options.CompressionThresholdBytes)
        {
            representation.Compress();
        }

        var entry = new MemoryCacheEntryOptions { Size = representation.SizeInCache(key) };
        entry.RegisterPostEvictionCallback(CountEviction, this);
        _entries.Set(key, representation, entry);
    }

    /// <summary>
    /// Joins the build of <paramref name="key"/> that another request is running (<paramref name="lease"/> is null:
    /// await the task), or becomes its builder (complete the lease, which the others are waiting on).
    /// </summary>
    public Task<CachedRepresentation?> JoinOrLead(string key, out BuildLease? lease)
    {
        var source = new TaskCompletionSource<CachedRepresentation?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var build = _builds.GetOrAdd(key, source.Task);
        lease = build == source.Task ? new BuildLease(this, key, source) : null;
        return build;
    }

    /// <summary>Forgets every entry: the database they were built from is gone.</summary>
    public void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();

    /// <summary>The right to build one key; disposing it without a result lets the waiting requests build their own.</summary>
    public sealed class BuildLease(RepresentationCache cache, string key, TaskCompletionSource<CachedRepresentation?> source) : IDisposable
    {
        public void Complete(CachedRepresentation? representation)
        {
            cache._builds.TryRemove(new KeyValuePair<string, Task<CachedRepresentation?>>(key, source.Task));
            source.TrySetResult(representation);
        }

        public void Dispose() => Complete(null);
    }
}
