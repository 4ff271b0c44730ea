using System.Data;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.Search;

/// <summary>Search on PostgreSQL (<see cref="PostgreSqlSearchSql"/>): the same terms, hits and paging as on SQLite.</summary>
public sealed partial class SearchRepository
{
    // ts_headline's options: the same private-use markers as SQLite's snippet (swapped for <mark> in ToHit) and about
    // as many words as its 16 tokens, short words kept at the ends as FTS5 keeps them. Quoted, so the option parser
    // takes the markers as they are. Up to two fragments: with one, a text whose terms lie apart showed only one of them
    // ("not sleep" gave an extract around "not"), where FTS5's snippet picks the extract with the most distinct terms.
    private static readonly string Headline = $"StartSel=\"{MatchStart}\", StopSel=\"{MatchEnd}\", MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>
    /// Count and page in one repeatable-read snapshot, so the total and the hits agree. Every match is ranked: PostgreSQL
    /// ranks from the stored tsvector, without FTS5's per-match cost that made SQLite's ranked window necessary.
    /// </summary>
    private async Task<PagedResponse<SearchHit>> PostgreSqlSearchAsync(
        IReadOnlyList<string> terms, string? type, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var sql = type is null ? PostgreSqlSearchSql.AllTypes : PostgreSqlSearchSql.OfType;
        var preview = visibility == ContentVisibility.IncludingDrafts;
        var (typeFrom, typeTo) = type is null ? (0L, 0L) : SearchDocumentRowids.Of(type);
        var parameters = new
        {
            Query = SearchTerms.ToTsQuery(terms), TypeFrom = typeFrom, TypeTo = typeTo, PageLimit = paging.Size, PageOffset = paging.Offset, Headline,
        };
        await Cores.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                preview ? sql.PreviewCount : sql.Count, parameters, snapshot, cancellationToken: cancellationToken));
            var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
                preview ? sql.PreviewPage : sql.Page, parameters, snapshot, cancellationToken: cancellationToken));
            return PagedResponse.Create(new ListPage<SearchRow>([.. rows], (int)total), paging, ToHit);
        }
        finally
        {
            Cores.Release();
        }
    }
}
