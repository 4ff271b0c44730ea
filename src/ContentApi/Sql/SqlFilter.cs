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
    /// Counts and fetches one page in a single round trip. <paramref name="countFrom"/> is the FROM without joins that
    /// only add columns, so counting does not pay for them. (A list's Last-Modified comes from its content scope.)
    /// </summary>
    public async Task<ListPage<TRow>> QueryPageAsync<TRow>(
        SqliteConnection connection, string select, string from, string orderBy, PagingQuery paging, string? countFrom = null)
    {
        Parameters.Add("PageLimit", paging.Size);
        Parameters.Add("PageOffset", paging.Offset);
        var sql = $"""
            SELECT count(*) FROM {countFrom ?? from} {Where};
            SELECT {select} FROM {from} {Where} ORDER BY {orderBy} LIMIT @PageLimit OFFSET @PageOffset;
            """;
        await using var results = await connection.QueryMultipleAsync(sql, Parameters);
        var total = await results.ReadSingleAsync<int>();
        var rows = (await results.ReadAsync<TRow>()).AsList();
        return new ListPage<TRow>(rows, total);
    }
}

/// <summary>One page of rows and the number of rows matching.</summary>
public sealed record ListPage<TRow>(IReadOnlyList<TRow> Rows, int Total);
