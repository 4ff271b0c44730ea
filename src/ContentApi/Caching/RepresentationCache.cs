using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// Serialised responses keyed by path and query. An entry built from an older content version is a miss
/// and is replaced. Bounded in count and entry size so odd query strings cannot exhaust memory.
/// </summary>
public sealed class RepresentationCache(IOptions<HttpCachingOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedRepresentation> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Forgets every entry: the database they were built from is gone.</summary>
    public void Clear() => _entries.Clear();

    public bool TryGet(string key, long version, out CachedRepresentation representation)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            representation = entry;
            return true;
        }

        representation = null!;
        return false;
    }

    public void Store(string key, CachedRepresentation representation)
    {
        if (!options.Value.StoreRepresentations || representation.Body.Length > options.Value.MaxCachedBytes)
        {
            return;
        }

        if (_entries.Count >= options.Value.MaxCachedRepresentations && !_entries.ContainsKey(key))
        {
            // Full: drop what an older version built; if everything is current, serve without keeping.
            foreach (var stale in _entries.Where(pair => pair.Value.Version < representation.Version).Select(pair => pair.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }

            if (_entries.Count >= options.Value.MaxCachedRepresentations)
            {
                return;
            }
        }

        _entries[key] = representation;
    }
}
