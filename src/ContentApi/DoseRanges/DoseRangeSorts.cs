using ContentApi.Sql;

namespace ContentApi.DoseRanges;

/// <summary>The sorts <c>GET /api/dose-ranges</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class DoseRangeSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("d.id", "d.id", new Dictionary<string, string>
    {
        ["substance"] = "d.substance COLLATE NOCASE",
        ["kind"] = "d.kind COLLATE NOCASE",
        ["age"] = "d.age_min_months",
        ["amount"] = "coalesce(d.max_amount, d.min_amount)",
    });
}
