using ContentApi.Sql;

namespace ContentApi.Search;

/// <summary>
/// The statements of one search, with or without the type filter. FTS5 keeps each term's matches in rowid order, so
/// "the first N matches" is a range of rowids it can read without ranking anything.
/// </summary>
internal sealed class SearchSql
{
    private const string Columns = """
        type AS Type, resource_id AS ResourceId, title AS Title, article_slug AS ArticleSlug, anchor AS Anchor,
        snippet(search_index, -1, char(57344), char(57345), '…', 16) AS Snippet
        """;

    private const string Bm25 = "bm25(search_index, 10.0, 1.0)";

    private const string OfTypeFilter = "AND rowid >= @TypeFrom AND rowid < @TypeTo";

    // A draft's items are in the index (it holds every item) but not served. Most of the time no draft has any, and the
    // statements that leave them out cost twice as much to prepare and run (one search over the seed: 5,269 -> 2,247
    // requests/s), so a search asks first (HasHiddenItems, in the same snapshot) and takes the plain statements when it can.
    private const string HidingFilter = $"AND rowid NOT IN ({PublicRows.HiddenSearchRowids})";

    public static SearchSql AllTypes { get; } = new("");

    public static SearchSql OfType { get; } = new(OfTypeFilter);

    public static SearchSql AllTypesHiding { get; } = new(HidingFilter);

    public static SearchSql OfTypeHiding { get; } = new($"{OfTypeFilter} {HidingFilter}");

    /// <summary>Whether any draft has items in the index, which public search must then leave out.</summary>
    public const string HasHiddenItems = $"SELECT EXISTS ({PublicRows.HiddenSearchRowids});";

    private SearchSql(string filter)
    {
        var matches = $"FROM search_index WHERE search_index MATCH @Match {filter}";
        Window = $"""
            SELECT (SELECT count(*) {matches}) AS Total,
                   (SELECT rowid {matches} ORDER BY rowid LIMIT 1 OFFSET @RankedLimit) AS "End";
            """;

        // The first page ranks the window and builds snippets for the page's rows only.
        RankedFirstPage = $"""
            SELECT {Columns}, {Bm25} AS Rank {matches} AND rowid < @WindowEnd ORDER BY Rank, rowid LIMIT @PageLimit;
            """;

        // Later pages: with OFFSET in that query SQLite builds a snippet for every skipped row too (page 2,500 of 50,000
        // hits took 730 ms), so rank rowids alone and join the page back through the index for its snippets. The join
        // costs a few milliseconds (FTS5 sets the match up again), which is why the first page does without it.
        RankedPage = PageBackThroughIndex($"""
            SELECT rowid AS Id, {Bm25} AS Rank {matches} AND rowid < @WindowEnd ORDER BY Rank, rowid LIMIT @PageLimit OFFSET @PageOffset
            """, "page.Rank, page.Id");

        // Past the window, in index order: no sort, and bm25 only for the page's rows (each hit still shows its score).
        UnrankedPage = PageBackThroughIndex($"""
            SELECT rowid AS Id, {Bm25} AS Rank {matches} AND rowid >= @WindowEnd ORDER BY rowid LIMIT @PageLimit OFFSET @PageOffset
            """, "page.Id");
    }

    /// <summary>Total matches and the rowid of the first match past the ranked window (NULL when every match is in it).</summary>
    public string Window { get; }

    public string RankedFirstPage { get; }

    public string RankedPage { get; }

    public string UnrankedPage { get; }

    private static string PageBackThroughIndex(string page, string order) => $"""
        WITH page AS ({page})
        SELECT {Columns}, page.Rank AS Rank FROM page JOIN search_index ON search_index.rowid = page.Id
        WHERE search_index MATCH @Match ORDER BY {order};
        """;
}
