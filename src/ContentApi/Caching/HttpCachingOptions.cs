using System.ComponentModel.DataAnnotations;

namespace ContentApi.Caching;

/// <summary>Section <c>HttpCaching</c>: what public reads tell caches, and how the server caches representations.</summary>
public sealed class HttpCachingOptions
{
    /// <summary>
    /// Keep serialised representations in memory. Off, every request runs its SQL (validators and 304s still
    /// work); the benchmark turns it off to measure the database path.
    /// </summary>
    public bool StoreRepresentations { get; set; } = true;

    /// <summary>Seconds a cache may reuse a response without asking (<c>max-age</c>).</summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Seconds a cache may serve a stale response while it revalidates (<c>stale-while-revalidate</c>).</summary>
    [Range(0, 31_536_000)]
    public int StaleWhileRevalidateSeconds { get; set; } = 30;

    /// <summary>Bodies at least this large are compressed when the client accepts br or gzip.</summary>
    [Range(0, int.MaxValue)]
    public int CompressionThresholdBytes { get; set; } = 1024;

    /// <summary>How often new content stamps are read from the database (see ContentChangeFeed); 0 reads them on every request.</summary>
    [Range(0, 3_600_000)]
    public int ContentVersionRefreshMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Bytes all kept representations may hold together (bodies in every coding, keys, overhead); past it the least
    /// recently used are evicted.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long CacheSizeLimitBytes { get; set; } = 64L << 20;

    /// <summary>Representations larger than this are served but not kept.</summary>
    [Range(0, int.MaxValue)]
    public int MaxEntryBytes { get; set; } = 1 << 20;
}
