using ContentApi.Database;

namespace ContentApi.Caching;

/// <summary>
/// A replaced database file may carry any stamps, even ones the process has already seen: forget them and every
/// representation built from the old file.
/// </summary>
internal sealed class CacheReset(ContentChangeFeed feed, RepresentationCache cache) : IDatabaseReplacedHandler
{
    public void OnDatabaseReplaced()
    {
        feed.Forget();
        cache.Clear();
    }
}
