namespace ContentApi.Search;

/// <summary>
/// Where each hit type lives in search_index: rowid = type code × 10^12 + resource id (search_documents in
/// db/migrations/0003_full_text_search.sql). A type filter is then a rowid range, which FTS5 reads directly; the type
/// column is UNINDEXED, so filtering on it looked up every match's stored row (170 ms for "sleep" over 10,000 articles).
/// </summary>
internal static class SearchDocumentRowids
{
    private const long TypeStride = 1_000_000_000_000;

    private static readonly Dictionary<string, long> TypeCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = 1,
        ["section"] = 2,
        ["food"] = 3,
        ["interaction"] = 4,
        ["side-effect"] = 5,
        ["remedy"] = 6,
    };

    /// <summary>The rowids of <paramref name="type"/>'s documents: from (inclusive) to (exclusive).</summary>
    public static (long From, long To) Of(string type)
    {
        var code = TypeCodes[type];
        return (code * TypeStride, (code + 1) * TypeStride);
    }
}
