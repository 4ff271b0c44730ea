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

        if (total >= targetMg && chosen.Count > 0)
        {
            TrimOvershoot(chosen, servings, targetMg);
        }

        var items = chosen
            .GroupBy(food => food.Id)
            .Select(group => Item(group.First(), group.Count()))
            .OrderByDescending(item => item.AmountMgPerServing).ThenBy(item => item.FoodId)
            .ToList();
        var totalMg = items.Sum(item => item.AmountMg);
        var reachable = totalMg >= targetMg;
        var shortfall = reachable ? 0 : Math.Round(targetMg - totalMg, 1);
        return new FoodPlanResponse(
            nutrient, targetMg, reachable, chosen.Count, totalMg, items.Sum(item => item.PercentDailyValue), shortfall, items,
            Summary(nutrient, targetMg, reachable, chosen.Count, totalMg, shortfall, maxServings, perFood));
    }

    private static void TrimOvershoot(List<FoodResponse> chosen, List<FoodResponse> servings, double targetMg)
    {
        var last = chosen[^1];
        chosen.RemoveAt(chosen.Count - 1);
        var needed = targetMg - chosen.Sum(food => food.AmountMg);
        var used = chosen.GroupBy(food => food.Id).ToDictionary(group => group.Key, group => group.Count());
        var perFood = servings.Count(food => food.Id == last.Id);
        var smallest = servings
            .Where(food => food.AmountMg >= needed && used.GetValueOrDefault(food.Id) < perFood)
            .OrderBy(food => food.AmountMg).ThenBy(food => food.Id)
            .FirstOrDefault();
        chosen.Add(smallest ?? last);
    }

    private static FoodPlanItem Item(FoodResponse food, int count) => new(
        food.Id, food.Name, food.Serving, count, food.AmountMg, food.AmountMg * count, food.PercentDailyValue * count,
        $"/api/foods/{food.Id}", food.Source);

    private static string Summary(string nutrient, double target, bool reachable, int servings, double total, double shortfall, int maxServings, int perFood) =>
        reachable
            ? $"{servings} serving(s) provide {Mg(total)} of {nutrient}, reaching the {Mg(target)} target."
            : $"Within {maxServings} serving(s), at most {perFood} of each food, the foods listed reach {Mg(total)} of {nutrient}: {Mg(shortfall)} short of the {Mg(target)} target. Allow more servings or fewer exclusions.";

    private static string Mg(double value) => $"{value.ToString("0.#", CultureInfo.InvariantCulture)} mg";
}
