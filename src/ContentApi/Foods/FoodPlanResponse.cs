using ContentApi.Links;
using ContentApi.Sources;

namespace ContentApi.Foods;

/// <summary>Foods and serving counts that reach a daily target with as few servings as possible.</summary>
/// <param name="Nutrient">The nutrient planned for.</param>
/// <param name="TargetMg">The target asked for.</param>
/// <param name="Reachable">False when the catalogue cannot reach the target within the serving limits; the plan is then the most it can reach.</param>
/// <param name="TotalServings">Servings in the plan.</param>
/// <param name="TotalMg">Milligrams the plan provides (lower figures where a source gives a range).</param>
/// <param name="PercentDailyValue">Sum of the foods' published %DV figures.</param>
/// <param name="ShortfallMg">How far short of the target the plan falls; 0 when reachable.</param>
/// <param name="Items">The foods, richest first.</param>
/// <param name="Summary">One plain sentence a frontend can show.</param>
public sealed record FoodPlanResponse(
    string Nutrient, double TargetMg, bool Reachable, int TotalServings, double TotalMg, int PercentDailyValue, double ShortfallMg,
    IReadOnlyList<FoodPlanItem> Items, string Summary);

/// <summary>One food in a plan.</summary>
/// <param name="FoodId">The food's id.</param>
/// <param name="Name">Food name.</param>
/// <param name="Serving">One serving, e.g. "1 oz".</param>
/// <param name="Servings">How many servings.</param>
/// <param name="AmountMgPerServing">Milligrams per serving.</param>
/// <param name="AmountMg">Milligrams for all its servings.</param>
/// <param name="PercentDailyValue">Percent Daily Value for all its servings.</param>
/// <param name="Href">The food's API address.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record FoodPlanItem(
    int FoodId, string Name, string Serving, int Servings, double AmountMgPerServing, double AmountMg, int PercentDailyValue, [property: AbsoluteUrl] string Href, SourceReference Source);
