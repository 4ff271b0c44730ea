using ContentApi.Database;

namespace ContentApi.Caching;

/// <summary>
/// A replaced database file may carry any content version, even the number the cache already holds: forget the
/// version and every representation built from the old file.
/// </summary>
internal sealed class CacheReset(ContentVersion version, RepresentationCache cache) : IDatabaseReplacedHandler
{
    public void OnDatabaseReplaced()
    {
        version.Forget();
        cache.Clear();
    }
}
