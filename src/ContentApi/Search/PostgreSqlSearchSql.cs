using ContentApi.Sql;

namespace ContentApi.Search;

/// <summary>
/// The statements of one search on PostgreSQL (db/migrations/postgresql/0003): search_index and draft_search_index hold a
/// stored tsvector (title weighted A, body B) behind a GIN index. <c>@Query</c> is a tsquery text made by
/// <see cref="SearchTerms.ToTsQuery"/>, never user text. Every match is ranked by ts_rank_cd, a title match ten times a body
/// match as bm25 weighs them in SQLite; the rank is negated so that, as bm25's, lower is better and <c>Rank</c> reads alike.
/// Ties fall to doc_id, FTS5's rowid. Snippets are made by ts_headline for the page's rows only.
/// </summary>
internal sealed class PostgreSqlSearchSql
{
    private const string Query = "to_tsquery('content_search', @Query)";

    // {D, C, B, A}: only B (body) and A (title) are used.
    private const string Rank = "-ts_rank_cd('{0.1, 0.1, 0.1, 1.0}'::float4[], document, query, 2)::float8";

    // A document whose body matches shows its body around the match, else its title (as FTS5's snippet picks the column).
    private const string Source = "CASE WHEN ts_filter(page.document, '{b}') @@ query THEN page.body ELSE page.title END";

    // As FTS5's snippet, an extract that does not reach the start (end) of its text begins (ends) with '…'. ts_headline
    // returns the source's own characters, so without the markers it is a piece of the source that says where it lies
    // (not quite: it drops what its parser takes for HTML tags, and a number that opens the text, so an extract of such a
    // text may carry an '…' SQLite's would not).
    private const string Snippet = """
        CASE WHEN starts_with(ltrim(extract.source), ltrim(extract.plain)) THEN '' ELSE '…' END || extract.headline ||
        CASE WHEN right(rtrim(extract.source), length(rtrim(extract.plain))) = rtrim(extract.plain) THEN '' ELSE '…' END
        """;

    // The page's rows are cut first, so a snippet is made for them alone.
    private const string PageColumns = $"""
        SELECT page.type AS Type, page.resource_id AS ResourceId, page.title AS Title, page.article_slug AS ArticleSlug,
               page.anchor AS Anchor, {Snippet} AS Snippet, page.rank AS Rank, page.draft AS Draft
        FROM page, {Query} AS query,
             LATERAL (SELECT source, headline, translate(headline, chr(57344) || chr(57345), '') AS plain
                      FROM (SELECT {Source} AS source) chosen, ts_headline('content_search', chosen.source, query, @Headline) AS headline) extract
        ORDER BY page.rank, page.draft, page.doc_id;
        """;

    private const string OfTypeFilter = "AND doc_id >= @TypeFrom AND doc_id < @TypeTo";

    // The index holds a draft's items (foods, interactions, …): public search leaves them out, as SQLite's does.
    private const string Hidden = $"doc_id IN ({PublicRows.HiddenSearchRowids})";

    public static PostgreSqlSearchSql AllTypes { get; } = new("");

    public static PostgreSqlSearchSql OfType { get; } = new(OfTypeFilter);

    private PostgreSqlSearchSql(string typeFilter)
    {
        string Matches(string table) => $"FROM {table}, {Query} AS query WHERE document @@ query {typeFilter}";

        Count = $"SELECT count(*) {Matches("search_index")} AND NOT {Hidden};";

        Page = $"""
            WITH page AS (
                SELECT doc_id, title, body, type, resource_id, article_slug, anchor, document, {Rank} AS rank, 0 AS draft
                {Matches("search_index")} AND NOT {Hidden}
                ORDER BY rank, doc_id LIMIT @PageLimit OFFSET @PageOffset)
            {PageColumns}
            """;

        PreviewCount = $"SELECT (SELECT count(*) {Matches("search_index")}) + (SELECT count(*) {Matches("draft_search_index")});";

        // A preview: published and draft documents in one ranked order; a draft's items in search_index are marked as a
        // draft's for their links. The page is cut before any snippet is made.
        PreviewPage = $"""
            WITH page AS (
                SELECT doc_id, title, body, type, resource_id, article_slug, anchor, document, {Rank} AS rank,
                       CASE WHEN {Hidden} THEN 1 ELSE 0 END AS draft {Matches("search_index")}
                UNION ALL
                SELECT doc_id, title, body, type, resource_id, article_slug, anchor, document, {Rank}, 1 {Matches("draft_search_index")}
                ORDER BY rank, draft, doc_id LIMIT @PageLimit OFFSET @PageOffset)
            {PageColumns}
            """;
    }

    /// <summary>How many public documents match.</summary>
    public string Count { get; }

    /// <summary>One page of public hits, best first.</summary>
    public string Page { get; }

    /// <summary>How many documents of either kind match.</summary>
    public string PreviewCount { get; }

    /// <summary>One page of hits of either kind, best first; <c>Draft</c> is 1 for a draft's.</summary>
    public string PreviewPage { get; }
}
