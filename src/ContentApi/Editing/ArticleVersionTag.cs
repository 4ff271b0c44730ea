using System.Text.RegularExpressions;
using ContentApi.Caching;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Editing;

/// <summary>
/// The article's version ETag, which every write answers, <c>GET …/edit</c> serves and If-Match must name:
/// <c>"article-{id}-v{version}"</c>. Strong, since If-Match compares strongly (RFC 9110 §13.1.1); the id keeps a tag of
/// a deleted article from matching a new one under the same slug. It is not the public read's ETag, which is a hash of
/// the representation's bytes (one per content coding, and per fields/include).
/// </summary>
internal static partial class ArticleVersionTag
{
    public static string For(long id, int version) => $"\"article-{id}-v{version}\"";

    /// <summary>Strong comparison: weak tags (W/"…") never match; "*" matches any existing article.</summary>
    public static bool Matches(StringValues ifMatch, string current) =>
        ConditionalRequest.AnyTagMatches(new StringValues([.. ifMatch.Select(value => WeakTag().Replace(value ?? "", ""))]), current);

    [GeneratedRegex("W/\"[^\"]*\"")]
    private static partial Regex WeakTag();
}
