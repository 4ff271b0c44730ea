using Dapper;
using Microsoft.Data.Sqlite;

namespace ContentApi.Paging;

/// <summary>Collects the WHERE clauses and parameters of a list query; user input only ever travels as parameters.</summary>
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

    /// <summary>Counts and fetches one page in a single round trip.</summary>
    public async Task<(IReadOnlyList<TRow> Rows, int Total)> QueryPageAsync<TRow>(
        SqliteConnection connection, string select, string from, string orderBy, PagingQuery paging)
    {
        Parameters.Add("PageLimit", paging.Size);
        Parameters.Add("PageOffset", paging.Offset);
        var sql = $"""
            SELECT count(*) FROM {from} {Where};
            SELECT {select} FROM {from} {Where} ORDER BY {orderBy} LIMIT @PageLimit OFFSET @PageOffset;
            """;
        await using var results = await connection.QueryMultipleAsync(sql, Parameters);
        var total = await results.ReadSingleAsync<int>();
        var rows = (await results.ReadAsync<TRow>()).AsList();
        return (rows, total);
    }
}
