using ContentApi.Sql;

namespace ContentApi.SideEffects;

/// <summary>The sorts <c>GET /api/side-effects</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class SideEffectSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("e.position, e.id", "e.id", new Dictionary<string, string>
    {
        ["name"] = "e.name COLLATE NOCASE",
        // common < severe, so ascending lists the milder effects first.
        ["severity"] = "CASE e.severity WHEN 'common' THEN 0 ELSE 1 END",
    });
}
