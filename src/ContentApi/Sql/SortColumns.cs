using ContentApi.Database;

namespace ContentApi.Sql;

/// <summary>
/// Maps the public sort names of one list (<c>sort=name</c>, <c>sort=-name</c>) to SQL. A tie-breaker column
/// always ends the ORDER BY so that paging is stable.
/// </summary>
/// <param name="defaultOrder">The complete ORDER BY when no sort is asked for, tie-breaker included.</param>
/// <param name="tieBreaker">A unique column (e.g. <c>f.id</c>) that ends every requested order.</param>
/// <param name="columns">Public sort names and the SQL expressions they sort by, in the order the API lists them.</param>
public sealed class SortColumns(string defaultOrder, string tieBreaker, IReadOnlyDictionary<string, string> columns)
{
    private readonly Dictionary<string, string> _columns = new(columns, StringComparer.OrdinalIgnoreCase);

    // The same keys for PostgreSQL: "x COLLATE NOCASE" becomes the dialect's case-ignoring form, the rest is engine-neutral.
    private readonly Dictionary<string, string> _postgreSqlColumns = columns.ToDictionary(
        pair => pair.Key, pair => ForPostgreSql(pair.Value), StringComparer.OrdinalIgnoreCase);

    private readonly string _postgreSqlDefaultOrder = ForPostgreSql(defaultOrder);

    /// <summary>Every accepted <c>sort</c> value: each name ascending, then descending.</summary>
    public IReadOnlyList<string> Keys { get; } = columns.Keys.SelectMany(name => new[] { name, "-" + name }).ToArray();

    /// <summary>The ORDER BY for an accepted <c>sort</c> value (validated against <see cref="Keys"/>), or the default order.</summary>
    public string OrderBy(string? sort) => OrderBy(sort, SqlDialect.Sqlite);

    /// <summary>The ORDER BY in <paramref name="dialect"/>: the same keys, case ignored the way that engine spells it.</summary>
    public string OrderBy(string? sort, SqlDialect dialect)
    {
        var postgreSql = dialect == SqlDialect.PostgreSql;
        if (string.IsNullOrEmpty(sort))
        {
            return postgreSql ? _postgreSqlDefaultOrder : defaultOrder;
        }

        var descending = sort.StartsWith('-');
        var column = (postgreSql ? _postgreSqlColumns : _columns)[descending ? sort[1..] : sort];
        // The tie-breaker runs in the same direction, so an index on (column, id) serves the whole ORDER BY.
        var direction = descending ? "DESC" : "ASC";
        // SQLite sorts NULL below every value, PostgreSQL above: said explicitly, both put it where SQLite always has.
        var nulls = !postgreSql ? "" : descending ? " NULLS LAST" : " NULLS FIRST";
        return $"{column} {direction}{nulls}, {tieBreaker} {direction}";
    }

    // The case-ignoring spelling comes from the dialect, so sorts and filters ignore case one way.
    private static string ForPostgreSql(string order) =>
        System.Text.RegularExpressions.Regex.Replace(order, @"([\w.]+) COLLATE NOCASE", match => SqlDialect.PostgreSql.IgnoringCase(match.Groups[1].Value));
}

/// <summary>
/// The one place a list's sorts are written (<c>FoodSorts</c>, <c>SourceSorts</c>, …). The query's <c>sort</c> property
/// names it with <see cref="Validation.AllowedSortAttribute{TSorts}"/>, so the validator and the OpenAPI document list
/// the same keys the repository orders by.
/// </summary>
public interface ISortOptions
{
    static abstract SortColumns Columns { get; }
}
