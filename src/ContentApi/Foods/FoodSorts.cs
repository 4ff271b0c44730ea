using ContentApi.Sql;

namespace ContentApi.Foods;

/// <summary>The sorts <c>GET /api/foods</c> accepts and the SQL each orders by; the validator and the OpenAPI document read them too.</summary>
public sealed class FoodSorts : ISortOptions
{
    public static SortColumns Columns { get; } = new("f.amount_mg DESC, f.id DESC", "f.id", new Dictionary<string, string>
    {
        ["name"] = "f.name COLLATE NOCASE",
        ["amount"] = "f.amount_mg",
        ["percentDailyValue"] = "f.percent_daily_value",
    });
}
