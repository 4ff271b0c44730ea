using ContentApi.Sql;

namespace ContentApi.Search;

/// <summary>
/// A preview's search (<c>?preview=true</c>): the published documents (search_index) and the drafts
/// (draft_search_index, migration 0013) together, one order by bm25 across both. Every match is ranked, without the
/// public search's window: previews are editors' reads, few and over few drafts, and the public statements stay as
/// they are. The two tables' scores come from their own statistics, so a draft ranks roughly, not exactly, among them.
/// </summary>
internal sealed class PreviewSearchSql
{
    public static PreviewSearchSql AllTypes { get; } = new("");

    public static PreviewSearchSql OfType { get; } = new("AND rowid >= @TypeFrom AND rowid < @TypeTo");

    private PreviewSearchSql(string typeFilter)
    {
        string Matches(string table) => $"FROM {table} WHERE {table} MATCH @Match {typeFilter}";
        string Columns(string table) => $"""
            type AS Type, resource_id AS ResourceId, title AS Title, article_slug AS ArticleSlug, anchor AS Anchor,
            snippet({table}, -1, char(57344), char(57345), '…', 16) AS Snippet
            """;

        Count = $"SELECT (SELECT count(*) {Matches("search_index")}) + (SELECT count(*) {Matches("draft_search_index")});";

        // Rank rowids alone, then join the page back through each index for its snippets (as SearchSql's later pages do).
        // Columns are ordered by position: FTS5 tables have a hidden column named rank. search_index holds drafts' items
        // too (public search leaves them out): a preview finds them there, and marks them as a draft's for their links.
        Page = $"""
            WITH page AS (
                SELECT rowid AS Id, 0 AS Draft, bm25(search_index, 10.0, 1.0) AS Rank {Matches("search_index")}
                UNION ALL
                SELECT rowid, 1, bm25(draft_search_index, 10.0, 1.0) {Matches("draft_search_index")}
                ORDER BY 3, 2, 1 LIMIT @PageLimit OFFSET @PageOffset)
            SELECT {Columns("search_index")}, page.Rank AS Rank, page.Id IN ({PublicRows.HiddenSearchRowids}) AS Draft, page.Id AS DocumentId
            FROM page JOIN search_index ON search_index.rowid = page.Id WHERE page.Draft = 0 AND search_index MATCH @Match
            UNION ALL
            SELECT {Columns("draft_search_index")}, page.Rank, page.Draft, page.Id
            FROM page JOIN draft_search_index ON draft_search_index.rowid = page.Id WHERE page.Draft = 1 AND draft_search_index MATCH @Match
            ORDER BY 7, 8, 9;
            """;
    }

    /// <summary>How many documents of either kind match.</summary>
    public string Count { get; }

    /// <summary>One page of hits of either kind, best first; <c>Draft</c> is 1 for a draft's.</summary>
    public string Page { get; }
}
