using System.Net;
using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.Search;

public interface ISearchRepository
{
    Task<PagedResponse<SearchHit>> SearchAsync(IReadOnlyList<string> terms, string? type, PagingQuery paging, CancellationToken cancellationToken);
}

public sealed class SearchRepository(SqliteConnectionFactory connections) : ISearchRepository
{
    // Private-use characters mark matches in the raw snippet; they are swapped for <mark> after HTML-escaping.
    private const char MatchStart = '\uE000';
    private const char MatchEnd = '\uE001';

    // An uncached search is CPU-bound (bm25 ranks every match), so more at once than there are cores only slows each of
    // them, and the thread pool then finishes some far later than others (timeouts under load). Searches wait their turn
    // here instead, in arrival order; a client that gives up leaves the queue.
    private static readonly SemaphoreSlim Cores = new(Environment.ProcessorCount);

    private const string Count = "SELECT count(*) FROM search_index WHERE search_index MATCH @Match";

    private const string Columns = """
        type AS Type, resource_id AS ResourceId, title AS Title, article_slug AS ArticleSlug, anchor AS Anchor,
        snippet(search_index, -1, char(57344), char(57345), '…', 16) AS Snippet
        """;

    // The first page: rank every match (bm25 needs them all), snippets for the page's rows only.
    private static string FirstPageSql(string typeFilter) => $"""
        {Count} {typeFilter};
        SELECT {Columns}, bm25(search_index, 10.0, 1.0) AS Rank FROM search_index
        WHERE search_index MATCH @Match {typeFilter} ORDER BY Rank, rowid LIMIT @PageLimit;
        """;

    // Later pages: with OFFSET in that query SQLite builds a snippet for every skipped row too (page 2,500 of 50,000 hits
    // took 730 ms), so rank rowids alone and join the page back through the index for its snippets. The join costs a few
    // milliseconds (FTS5 sets the match up again), which is why the first page does without it.
    private static string LaterPageSql(string typeFilter) => $"""
        {Count} {typeFilter};
        WITH page AS (
            SELECT rowid AS Id, bm25(search_index, 10.0, 1.0) AS Rank FROM search_index
            WHERE search_index MATCH @Match {typeFilter} ORDER BY Rank, rowid LIMIT @PageLimit OFFSET @PageOffset)
        SELECT {Columns}, page.Rank AS Rank FROM page JOIN search_index ON search_index.rowid = page.Id
        WHERE search_index MATCH @Match ORDER BY page.Rank, page.Id;
        """;

    private const string TypeFilter = "AND type = lower(@Type)";

    private static readonly string FirstPage = FirstPageSql(""), FirstPageOfType = FirstPageSql(TypeFilter);
    private static readonly string LaterPage = LaterPageSql(""), LaterPageOfType = LaterPageSql(TypeFilter);

    public async Task<PagedResponse<SearchHit>> SearchAsync(
        IReadOnlyList<string> terms, string? type, PagingQuery paging, CancellationToken cancellationToken)
    {
        var parameters = new { Match = SearchTerms.ToMatchExpression(terms), Type = type, PageLimit = paging.Size, PageOffset = paging.Offset };
        var sql = (paging.Offset == 0, type is null) switch
        {
            (true, true) => FirstPage,
            (true, false) => FirstPageOfType,
            (false, true) => LaterPage,
            (false, false) => LaterPageOfType,
        };
        await Cores.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(
                new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            var total = await results.ReadSingleAsync<int>();
            var rows = (await results.ReadAsync<SearchRow>()).AsList();
            return PagedResponse.Create(new ListPage<SearchRow>(rows, total), paging, ToHit);
        }
        finally
        {
            Cores.Release();
        }
    }

    private static SearchHit ToHit(SearchRow row) => new(
        row.Type, row.ResourceId, row.Title, Highlight(row.Snippet), Href(row), row.ArticleSlug, row.Anchor, Math.Round(-row.Rank, 4));

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), "</mark>", StringComparison.Ordinal);

    private static string Href(SearchRow row) => row.Type switch
    {
        "article" => $"/api/articles/{row.ArticleSlug}",
        "section" => $"/api/articles/{row.ArticleSlug}/sections/{row.Anchor}",
        "food" => $"/api/foods/{row.ResourceId}",
        "interaction" => $"/api/interactions/{row.ResourceId}",
        "side-effect" => $"/api/side-effects/{row.ResourceId}",
        _ => $"/api/remedies/{row.ResourceId}",
    };

    private sealed class SearchRow
    {
        public string Type { get; set; } = "";
        public int ResourceId { get; set; }
        public string Title { get; set; } = "";
        public string? ArticleSlug { get; set; }
        public string? Anchor { get; set; }
        public string Snippet { get; set; } = "";
        public double Rank { get; set; }
    }
}
