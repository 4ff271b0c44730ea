using ContentApi.Sql;

namespace ContentApi.Interactions;

/// <summary>The sorts <c>GET /api/interactions</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class InteractionSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new($"{InteractionRepository.SeverityRank} DESC, i.id", "i.id", new Dictionary<string, string>
    {
        ["name"] = "i.name COLLATE NOCASE",
        ["kind"] = "i.kind",
        ["severity"] = InteractionRepository.SeverityRank,
    });
}
