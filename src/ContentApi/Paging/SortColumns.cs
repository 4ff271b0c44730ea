namespace ContentApi.Paging;

/// <summary>
/// Maps the public sort names of one list (<c>sort=name</c>, <c>sort=-name</c>) to SQL. A tie-breaker column
/// always ends the ORDER BY so that paging is stable.
/// </summary>
public sealed class SortColumns(string defaultOrder, string tieBreaker, IReadOnlyDictionary<string, string> columns)
{
    private readonly Dictionary<string, string> _columns = new(columns, StringComparer.OrdinalIgnoreCase);

    public string OrderBy(string? sort)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return $"{defaultOrder}, {tieBreaker}";
        }

        var descending = sort.StartsWith('-');
        var column = _columns[descending ? sort[1..] : sort];
        return $"{column} {(descending ? "DESC" : "ASC")}, {tieBreaker}";
    }
}
