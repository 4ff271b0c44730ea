using System.Text;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Caching;

/// <summary>
/// The cache key of a request: the base its links are written against (an origin's body links to that origin), its
/// path and only the query parameters its endpoint binds, in name order, with the
/// endpoint's spelling of each name. "?junk=1", "?junk=2" and none share one entry; "?page=2&amp;q=x" and
/// "?Q=x&amp;page=2" share another. Repeated values are kept in order, so a refused "?q=a&amp;q=b" never meets "?q=a".
/// </summary>
public static class RepresentationKey
{
    public static string For(HttpRequest request, IReadOnlyList<string> queryNames, string linkBase)
    {
        var path = string.Concat(linkBase, request.Path.Value ?? "/");
        if (!request.QueryString.HasValue || queryNames.Count == 0)
        {
            return path;
        }

        var key = new StringBuilder(path);
        foreach (var (name, value) in CanonicalQuery(request.Query, queryNames))
        {
            key.Append(key.Length == path.Length ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        return key.ToString();
    }

    /// <summary>The bound parameters' values in key order; paging links are built from these, never from unbound ones.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> CanonicalQuery(IQueryCollection query, IReadOnlyList<string> queryNames)
    {
        foreach (var name in queryNames)
        {
            foreach (var value in query.TryGetValue(name, out var values) ? values : StringValues.Empty)
            {
                yield return new KeyValuePair<string, string?>(name, value ?? "");
            }
        }
    }
}
