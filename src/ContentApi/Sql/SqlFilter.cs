using ContentApi.Paging;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ContentApi.Sql;

/// <summary>
/// Collects the WHERE clauses and parameters of a list query. Every clause must be a literal written in the code
/// (column names, operators, <c>@Name</c> placeholders); a value from a request only ever travels as a parameter,
/// never inside a clause.
/// </summary>
public sealed class SqlFilter
{
    private readonly List<string> _clauses = [];

    public DynamicParameters Parameters { get; } = new();

    public SqlFilter When(bool condition, string clause, object? parameters = null)
    {
        if (condition)
        {
            _clauses.Add(clause);
            if (parameters is not null)
            {
                Parameters.AddDynamicParams(parameters);
            }
        }

        return this;
    }

    public string Where => _clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", _clauses);

    /// <summary>
    /// Counts and fetches one page in a single round trip. With <paramref name="updatedAtColumn"/>, also finds the
    /// newest update among all matching rows: the list's Last-Modified. <paramref name="countFrom"/> is the FROM
    /// without joins that only add columns, so counting does not pay for them.
    /// </summary>
    public async Task<ListPage<TRow>> QueryPageAsync<TRow>(
        SqliteConnection connection, string select, string from, string orderBy, PagingQuery paging,
        string? updatedAtColumn = null, string? countFrom = null)
    {
        Parameters.Add("PageLimit", paging.Size);
        Parameters.Add("PageOffset", paging.Offset);
        // Separate statements: count(*) can use the smallest index and max() an index on its column.
        var sql = $"""
            SELECT count(*) FROM {countFrom ?? from} {Where};
            {(updatedAtColumn is null ? "SELECT NULL;" : $"SELECT max({updatedAtColumn}) FROM {countFrom ?? from} {Where};")}
            SELECT {select} FROM {from} {Where} ORDER BY {orderBy} LIMIT @PageLimit OFFSET @PageOffset;
            """;
        await using var results = await connection.QueryMultipleAsync(sql, Parameters);
        var total = await results.ReadSingleAsync<int>();
        var updatedAt = await results.ReadSingleAsync<DateTimeOffset?>();
        var rows = (await results.ReadAsync<TRow>()).AsList();
        return new ListPage<TRow>(rows, total, updatedAt);
    }
}

/// <summary>One page of rows, the number of rows matching, and the newest update among them.</summary>
public sealed record ListPage<TRow>(IReadOnlyList<TRow> Rows, int Total, DateTimeOffset? UpdatedAt);
