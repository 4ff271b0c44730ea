using System.Net;
using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sql;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Search;

public interface ISearchRepository
{
    /// <summary>Published documents, or drafts' too for <see cref="ContentVisibility.IncludingDrafts"/> (a preview).</summary>
    Task<PagedResponse<SearchHit>> SearchAsync(
        IReadOnlyList<string> terms, string? type, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);
}

/// <summary>
/// One search: count the matches, rank at most <see cref="SearchOptions.RankedMatchLimit"/> of them (the first in index
/// order: rowid &lt; the window's end) by bm25, then list any others after them in index order. A page is cut from that
/// one order, so it may take its rows from the ranked window, the rest, or both. All reads share one snapshot.
/// </summary>
public sealed partial class SearchRepository(IContentConnections connections, IOptions<SearchOptions> options) : ISearchRepository
{
    // Private-use characters mark matches in the raw snippet; they are swapped for <mark> after HTML-escaping.
    private const char MatchStart = '\uE000';
    private const char MatchEnd = '\uE001';

    // An uncached search is CPU-bound (bm25 ranks every match in the window), so more at once than there are cores only
    // slows each of them, and the thread pool then finishes some far later than others (timeouts under load). Searches
    // wait their turn here instead, in arrival order; a client that gives up leaves the queue.
    private static readonly SemaphoreSlim Cores = new(Environment.ProcessorCount);

    private readonly int _rankedMatchLimit = options.Value.RankedMatchLimit;

    public async Task<PagedResponse<SearchHit>> SearchAsync(
        IReadOnlyList<string> terms, string? type, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        if (connections.Dialect == SqlDialect.PostgreSql)
        {
            return await PostgreSqlSearchAsync(terms, type, paging, visibility, cancellationToken);
        }

        if (visibility == ContentVisibility.IncludingDrafts)
        {
            return await PreviewAsync(terms, type, paging, cancellationToken);
        }

        var match = SearchTerms.ToMatchExpression(terms);
        var (typeFrom, typeTo) = type is null ? (0L, 0L) : SearchDocumentRowids.Of(type);
        await Cores.WaitAsync(cancellationToken);
        try
        {
            await using var connection = (SqliteConnection)await connections.OpenAsync(cancellationToken);
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var hiding = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(SearchSql.HasHiddenItems, transaction: snapshot, cancellationToken: cancellationToken));
            var sql = (type is null, hiding) switch
            {
                (true, false) => SearchSql.AllTypes,
                (false, false) => SearchSql.OfType,
                (true, true) => SearchSql.AllTypesHiding,
                (false, true) => SearchSql.OfTypeHiding,
            };
            var window = await connection.QuerySingleAsync<SearchWindow>(new CommandDefinition(
                sql.Window, new { Match = match, TypeFrom = typeFrom, TypeTo = typeTo, RankedLimit = _rankedMatchLimit }, snapshot, cancellationToken: cancellationToken));
            var total = (int)window.Total;
            var page = new SearchPage(match, typeFrom, typeTo, window.End ?? long.MaxValue);
            var rows = new List<SearchRow>(paging.Size);

            // The ranked window holds at most RankedMatchLimit matches, so its query returns no more than the window has
            // left; the unranked rest starts where the window ends. (The two counts below only spare a statement.)
            if (paging.Offset < _rankedMatchLimit)
            {
                rows.AddRange(await QueryAsync(connection, snapshot, paging.Offset == 0 ? sql.RankedFirstPage : sql.RankedPage,
                    page, paging.Size, paging.Offset, cancellationToken));
            }

            if (rows.Count < paging.Size && window.End is not null)
            {
                rows.AddRange(await QueryAsync(connection, snapshot, sql.UnrankedPage,
                    page, paging.Size - rows.Count, Math.Max(0, paging.Offset - _rankedMatchLimit), cancellationToken));
            }

            return PagedResponse.Create(new ListPage<SearchRow>(rows, total), paging, ToHit);
        }
        finally
        {
            Cores.Release();
        }
    }

    /// <summary>A preview: published and draft documents in one ranked order (<see cref="PreviewSearchSql"/>).</summary>
    private async Task<PagedResponse<SearchHit>> PreviewAsync(IReadOnlyList<string> terms, string? type, PagingQuery paging, CancellationToken cancellationToken)
    {
        var sql = type is null ? PreviewSearchSql.AllTypes : PreviewSearchSql.OfType;
        var (typeFrom, typeTo) = type is null ? (0L, 0L) : SearchDocumentRowids.Of(type);
        var parameters = new { Match = SearchTerms.ToMatchExpression(terms), TypeFrom = typeFrom, TypeTo = typeTo, PageLimit = paging.Size, PageOffset = paging.Offset };
        await Cores.WaitAsync(cancellationToken);
        try
        {
            await using var connection = (SqliteConnection)await connections.OpenAsync(cancellationToken);
            await using var snapshot = connection.BeginTransaction(deferred: true);
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Count, parameters, snapshot, cancellationToken: cancellationToken));
            var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(sql.Page, parameters, snapshot, cancellationToken: cancellationToken));
            return PagedResponse.Create(new ListPage<SearchRow>([.. rows], (int)total), paging, ToHit);
        }
        finally
        {
            Cores.Release();
        }
    }

    private static async Task<IEnumerable<SearchRow>> QueryAsync(
        SqliteConnection connection, SqliteTransaction snapshot, string sql, SearchPage page, int limit, int offset, CancellationToken cancellationToken) =>
        await connection.QueryAsync<SearchRow>(new CommandDefinition(
            sql, new { page.Match, page.TypeFrom, page.TypeTo, page.WindowEnd, PageLimit = limit, PageOffset = offset },
            snapshot, cancellationToken: cancellationToken));

    private static SearchHit ToHit(SearchRow row) => new(
        row.Type, row.ResourceId, row.Title, Highlight(row.Snippet), Href(row), row.ArticleSlug, row.Anchor, Math.Round(-row.Rank, 4));

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), "</mark>", StringComparison.Ordinal);

    /// <summary>Where the hit is read; a draft's (its article, sections or items) is a preview, the only read that shows it.</summary>
    private static string Href(SearchRow row) => row.Type switch
    {
        "article" => $"/api/articles/{row.ArticleSlug}",
        "section" => $"/api/articles/{row.ArticleSlug}/sections/{row.Anchor}",
        "food" => $"/api/foods/{row.ResourceId}",
        "interaction" => $"/api/interactions/{row.ResourceId}",
        "side-effect" => $"/api/side-effects/{row.ResourceId}",
        _ => $"/api/remedies/{row.ResourceId}",
    } + (row.Draft == 0 ? "" : $"?{PreviewQuery.Name}=true");

    /// <summary>What every statement of one search filters on: the match, the type's rowids, the ranked window's end.</summary>
    private sealed record SearchPage(string Match, long TypeFrom, long TypeTo, long WindowEnd);

    /// <summary>How many documents match, and the rowid of the first one past the ranked window (null: all are ranked).</summary>
    private sealed record SearchWindow(long Total, long? End);

    private sealed class SearchRow
    {
        public string Type { get; set; } = "";
        public int ResourceId { get; set; }
        public string Title { get; set; } = "";
        public string? ArticleSlug { get; set; }
        public string? Anchor { get; set; }
        public string Snippet { get; set; } = "";
        public double Rank { get; set; }

        /// <summary>1 for a draft's document (a preview's hit), else 0.</summary>
        public long Draft { get; set; }
    }
}
