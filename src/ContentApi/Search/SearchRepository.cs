using System.Net;
using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Sql;

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

    private const string Select = """
        type AS Type, resource_id AS ResourceId, title AS Title, article_slug AS ArticleSlug, anchor AS Anchor,
        snippet(search_index, -1, char(57344), char(57345), '…', 16) AS Snippet,
        bm25(search_index, 10.0, 1.0) AS Rank
        """;

    public async Task<PagedResponse<SearchHit>> SearchAsync(
        IReadOnlyList<string> terms, string? type, PagingQuery paging, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .When(true, "search_index MATCH @Match", new { Match = SearchTerms.ToMatchExpression(terms) })
            .When(type is not null, "type = lower(@Type)", new { Type = type });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<SearchRow>(connection, Select, "search_index", "Rank, rowid", paging);
        return PagedResponse.Create(page, paging, ToHit);
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
