namespace ContentApi.Sql;

/// <summary>
/// Maps the public sort names of one list (<c>sort=name</c>, <c>sort=-name</c>) to SQL. A tie-breaker column
/// always ends the ORDER BY so that paging is stable.
/// </summary>
/// <param name="defaultOrder">The complete ORDER BY when no sort is asked for, tie-breaker included.</param>
/// <param name="tieBreaker">A unique column (e.g. <c>f.id</c>) that ends every requested order.</param>
/// <param name="columns">Public sort names and the SQL expressions they sort by.</param>
public sealed class SortColumns(string defaultOrder, string tieBreaker, IReadOnlyDictionary<string, string> columns)
{
    private readonly Dictionary<string, string> _columns = new(columns, StringComparer.OrdinalIgnoreCase);

    public string OrderBy(string? sort)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return defaultOrder;
        }

        var descending = sort.StartsWith('-');
        var column = _columns[descending ? sort[1..] : sort];
        // The tie-breaker runs in the same direction, so an index on (column, id) serves the whole ORDER BY.
        var direction = descending ? "DESC" : "ASC";
        return $"{column} {direction}, {tieBreaker} {direction}";
    }
}
