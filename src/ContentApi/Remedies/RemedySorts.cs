using ContentApi.Sql;

namespace ContentApi.Remedies;

/// <summary>The sorts <c>GET /api/remedies</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class RemedySorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("r.position, r.id", "r.id", new Dictionary<string, string>
    {
        ["name"] = "r.name COLLATE NOCASE",
        ["kind"] = "r.kind",
    });
}
