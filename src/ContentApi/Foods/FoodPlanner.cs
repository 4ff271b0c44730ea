using System.Globalization;

namespace ContentApi.Foods;

/// <summary>
/// Builds a food plan. With at most <c>perFood</c> servings of each food, the fewest servings that reach a
/// target are the k richest servings available; the last of them is then swapped for the smallest serving
/// that still reaches the target, so the plan overshoots as little as it can. Ties go to the lower food id,
/// so the same input always gives the same plan.
/// </summary>
internal static class FoodPlanner
{
    public static FoodPlanResponse Plan(string nutrient, double targetMg, IReadOnlyList<FoodResponse> catalogue, int maxServings, int perFood)
    {
        var servings = catalogue
            .OrderByDescending(food => food.AmountMg).ThenBy(food => food.Id)
            .SelectMany(food => Enumerable.Repeat(food, perFood))
            .ToList();

        var chosen = new List<FoodResponse>();
        var total = 0.0;
        foreach (var serving in servings)
        {
            if (total >= targetMg || chosen.Count == maxServings)
            {
                break;
            }

            chosen.Add(serving);
            total += serving.AmountMg;
        }

        // The target is above zero (validated), so reaching it means at least one serving was chosen.
        if (total >= targetMg)
        {
            TrimOvershoot(chosen, servings, targetMg, perFood);
        }

        var items = chosen
            .CountBy(food => food)
            .Select(pair => Item(pair.Key, pair.Value))
            .OrderByDescending(item => item.AmountMgPerServing).ThenBy(item => item.FoodId)
            .ToList();
        var totalMg = items.Sum(item => item.AmountMg);
        var reachable = totalMg >= targetMg;
        var shortfall = reachable ? 0 : Math.Round(targetMg - totalMg, 1);
        return new FoodPlanResponse(
            nutrient, targetMg, reachable, chosen.Count, totalMg, items.Sum(item => item.PercentDailyValue), shortfall, items,
            Summary(nutrient, targetMg, reachable, chosen.Count, totalMg, shortfall, maxServings, perFood));
    }

    /// <summary>
    /// Swaps the last serving for the smallest one that still reaches the target. One always exists: the last serving
    /// itself reached it, and removing it left its food below the per-food cap.
    /// </summary>
    private static void TrimOvershoot(List<FoodResponse> chosen, List<FoodResponse> servings, double targetMg, int perFood)
    {
        chosen.RemoveAt(chosen.Count - 1);
        var needed = targetMg - chosen.Sum(food => food.AmountMg);
        var used = chosen.CountBy(food => food.Id).ToDictionary();
        chosen.Add(servings
            .Where(food => food.AmountMg >= needed && used.GetValueOrDefault(food.Id) < perFood)
            .MinBy(food => (food.AmountMg, food.Id))!);
    }

    private static FoodPlanItem Item(FoodResponse food, int count) => new(
        food.Id, food.Name, food.Serving, count, food.AmountMg, food.AmountMg * count, food.PercentDailyValue * count,
        $"/api/foods/{food.Id}", food.Source);

    private static string Summary(string nutrient, double target, bool reachable, int servings, double total, double shortfall, int maxServings, int perFood) =>
        reachable
            ? $"{Servings(servings)} {(servings == 1 ? "provides" : "provide")} {Mg(total)} of {nutrient}, reaching the {Mg(target)} target."
            : $"Within {Servings(maxServings)}, at most {perFood} of each food, the foods listed reach {Mg(total)} of {nutrient}: {Mg(shortfall)} short of the {Mg(target)} target. Allow more servings or fewer exclusions.";

    private static string Servings(int count) => count == 1 ? "1 serving" : $"{count} servings";

    private static string Mg(double value) => $"{value.ToString(CultureInfo.InvariantCulture)} mg";
}
