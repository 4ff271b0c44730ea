using ContentApi.Paging;
using ContentApi.Preview;
using Dapper;
using System.Data.Common;
using ContentApi.Database;

namespace ContentApi.Sql;

/// <summary>
/// Collects the WHERE clauses and parameters of a list query. Every clause must be a literal written in the code
/// (column names, operators, <c>@Name</c> placeholders); a value from a request only ever travels as a parameter,
/// never inside a clause.
/// </summary>
/// <param name="dialect">The engine the statement runs on (SQLite for the repositories not yet ported).</param>
public sealed class SqlFilter(SqlDialect dialect = SqlDialect.Sqlite)
{
    private readonly List<string> _clauses = [];

    public SqlDialect Dialect => dialect;

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

    /// <summary>The public reads' condition on the collection row aliased <paramref name="alias"/> (<see cref="PublicRows"/>), none for a preview.</summary>
    public SqlFilter Visible(string alias, ContentVisibility visibility)
    {
        if (visibility == ContentVisibility.Published)
        {
            _visible = (alias, PublicRows.Visible(alias, visibility, dialect));
            _clauses.Add(_visible.Value.Clause);
        }

        return this;
    }

    public string Where => WhereOf(_clauses);

    private (string Alias, string Clause)? _visible;

    private static string WhereOf(List<string> clauses) => clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses);

    /// <summary>
    /// The count: with the public condition, the matching rows of every article less those of the unpublished ones (a few,
    /// through their index), since testing the condition on every row cost a scan of the table's article ids (220,022
    /// foods: the list went from 3,000 to 224 requests/s).
    /// </summary>
    private string CountSql(string countFrom)
    {
        if (_visible is not { } visible)
        {
            return $"SELECT count(*) FROM {countFrom} {Where}";
        }

        var (alias, clause) = visible;
        var others = WhereOf([.. _clauses.Where(other => !ReferenceEquals(other, clause))]);
        return $"SELECT (SELECT count(*) FROM {countFrom} {others}) - (SELECT count(*) FROM {PublicRows.Unpublished} hidden JOIN {countFrom} ON {alias}.article_id = hidden.id {others})";
    }

    /// <summary>
    /// Counts and fetches one page in a single round trip. <paramref name="countFrom"/> is the FROM without joins that
    /// only add columns, so counting does not pay for them. (A list's Last-Modified comes from its content scope.)
    /// </summary>
    public async Task<ListPage<TRow>> QueryPageAsync<TRow>(
        DbConnection connection, string select, string from, string orderBy, PagingQuery paging, string? countFrom = null)
    {
        Parameters.Add("PageLimit", paging.Size);
        Parameters.Add("PageOffset", paging.Offset);
        var sql = $"""
            {CountSql(countFrom ?? from)};
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
