using ContentApi.Sources;

using ContentApi.Caching;

namespace ContentApi.Foods;

/// <summary>How much of a nutrient one serving of a food provides.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Name">Food name, e.g. "Pumpkin seeds, roasted".</param>
/// <param name="Serving">The serving the amounts refer to, e.g. "1 oz".</param>
/// <param name="Nutrient">The nutrient measured, e.g. "magnesium".</param>
/// <param name="AmountMg">Milligrams per serving (the lower figure when the source gives a range).</param>
/// <param name="AmountMaxMg">Upper figure when the source gives a range (milk: 24-27 mg); otherwise null.</param>
/// <param name="PercentDailyValue">Percent of the Daily Value (420 mg for magnesium, adults and children over 4).</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record FoodResponse(
    int Id, string Name, string Serving, string Nutrient, double AmountMg, double? AmountMaxMg, int PercentDailyValue, SourceReference Source, DateTimeOffset UpdatedAt);
