using System.Globalization;
using System.Net;
using ContentApi.Foods;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Foods;

[Collection(SharedApi.Name)]
public class FoodPlanTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(320, 2)]
    [InlineData(420, 2)]
    [InlineData(100, 2)]
    [InlineData(1000, 3)]
    [InlineData(50, 1)]
    public async Task PlanReachesTheTargetWithTheFewestPossibleServings(double targetMg, int perFood)
    {
        var plan = await PlanAsync($"targetMg={Format(targetMg)}&maxServingsPerFood={perFood}&maxServings=50");
        var items = plan.Items;

        Assert.True(plan.Reachable);
        Assert.True(plan.TotalMg >= targetMg);
        Assert.Equal(items.Sum(item => item.AmountMg), plan.TotalMg);
        Assert.Equal(items.Sum(item => item.Servings), plan.TotalServings);
        Assert.All(items, item => Assert.InRange(item.Servings, 1, perFood));
        Assert.All(items, item => Assert.Equal("ODS", item.Source.Key));

        // No plan with one serving fewer can reach the target: even the richest servings fall short.
        var catalogue = (await _client.OkAsync<PagedResponse<FoodResponse>>("/api/foods?nutrient=magnesium&pageSize=100")).Items
            .SelectMany(food => Enumerable.Repeat(food.AmountMg, perFood))
            .OrderDescending();
        var fewer = plan.TotalServings - 1;
        Assert.True(catalogue.Take(fewer).Sum() < targetMg);
    }

    [Fact]
    public async Task Target320IsTwoServingsOfPumpkinSeedsAndTheSmallestTopUp()
    {
        var plan = await PlanAsync("targetMg=320");
        var items = plan.Items.Select(item => (item.Name, item.Servings)).ToArray();

        Assert.Equal([("Pumpkin seeds, roasted", 2), ("Raisins", 1)], items);
        Assert.Equal(335, plan.TotalMg);
        Assert.Equal(37 + 37 + 5, plan.PercentDailyValue);
        Assert.Equal(0, plan.ShortfallMg);
    }

    [Fact]
    public async Task SameInputGivesTheSamePlan()
    {
        // The same bytes, not only equal values.
        var first = await _client.OkJsonAsync("/api/foods/plan?nutrient=magnesium&targetMg=777&exclude=almond&maxServings=20");
        var second = await _client.OkJsonAsync("/api/foods/plan?nutrient=magnesium&targetMg=777&exclude=almond&maxServings=20");

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task ExcludedFoodsByIdOrNameNeverAppear()
    {
        var plan = await PlanAsync("targetMg=600&maxServings=20&exclude=1,Chia,PEANUT");
        var names = plan.Items.Select(item => item.Name).ToArray();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, name => name.Contains("Pumpkin", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Chia", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Peanut", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task UnreachableTargetIsAnAnswerWithTheShortfall()
    {
        var plan = await PlanAsync("targetMg=5000&maxServings=3");

        Assert.False(plan.Reachable);
        Assert.Equal(3, plan.TotalServings);
        Assert.Equal(156 + 156 + 111, plan.TotalMg);
        Assert.Equal(5000 - 423, plan.ShortfallMg);
        Assert.Contains("short", plan.Summary);
    }

    [Fact]
    public async Task ExcludingEverythingIsAnUnreachableEmptyPlan()
    {
        var plan = await PlanAsync("targetMg=100&exclude=a,e,i,o,u");

        Assert.False(plan.Reachable);
        Assert.Empty(plan.Items);
        Assert.Equal(100, plan.ShortfallMg);
    }

    [Theory]
    [InlineData("nutrient=magnesium&targetMg=0", "targetMg")]
    [InlineData("nutrient=magnesium&targetMg=-5", "targetMg")]
    [InlineData("nutrient=magnesium&targetMg=10001", "targetMg")]
    [InlineData("nutrient=magnesium&targetMg=lots", "targetMg")]
    [InlineData("nutrient=magnesium", "targetMg")]
    [InlineData("nutrient=magnesium&targetMg=300&maxServings=0", "maxServings")]
    [InlineData("nutrient=magnesium&targetMg=300&maxServings=51", "maxServings")]
    [InlineData("nutrient=magnesium&targetMg=300&maxServings=2.5", "maxServings")]
    [InlineData("nutrient=magnesium&targetMg=300&maxServingsPerFood=11", "maxServingsPerFood")]
    [InlineData("targetMg=300", "nutrient")]
    [InlineData("nutrient=vitamin-q&targetMg=300", "nutrient")]
    public async Task BadNumbersAndUnknownNutrientsAreProblems(string query, string field)
    {
        await _client.GetValidationErrorsAsync($"/api/foods/plan?{query}", field);
    }

    private Task<FoodPlanResponse> PlanAsync(string query) => _client.OkAsync<FoodPlanResponse>($"/api/foods/plan?nutrient=magnesium&{query}");

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
