using ContentApi.Sql;

namespace ContentApi.Sources;

/// <summary>The sorts <c>GET /api/sources</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class SourceSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("s.id", "s.id", new Dictionary<string, string>
    {
        ["key"] = "s.key COLLATE NOCASE",
        ["title"] = "s.title COLLATE NOCASE",
        ["publisher"] = "s.publisher COLLATE NOCASE",
    });
}
