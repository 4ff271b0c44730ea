using System.Globalization;
using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Foods;

[Collection(SharedApi.Name)]
public sealed class FoodPlanTests(ContentApiFactory factory)
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
        var items = plan.GetProperty("items").EnumerateArray().ToArray();

        Assert.True(plan.GetProperty("reachable").GetBoolean());
        Assert.True(plan.GetProperty("totalMg").GetDouble() >= targetMg);
        Assert.Equal(items.Sum(item => item.GetProperty("amountMg").GetDouble()), plan.GetProperty("totalMg").GetDouble());
        Assert.Equal(items.Sum(item => item.GetProperty("servings").GetInt32()), plan.GetProperty("totalServings").GetInt32());
        Assert.All(items, item => Assert.InRange(item.GetProperty("servings").GetInt32(), 1, perFood));
        Assert.All(items, item => Assert.Equal("ODS", item.GetProperty("source").GetProperty("key").GetString()));

        // No plan with one serving fewer can reach the target: even the richest servings fall short.
        var catalogue = (await _client.OkJsonAsync("/api/foods?nutrient=magnesium&pageSize=100")).Items()
            .SelectMany(food => Enumerable.Repeat(food.GetProperty("amountMg").GetDouble(), perFood))
            .OrderDescending();
        var fewer = plan.GetProperty("totalServings").GetInt32() - 1;
        Assert.True(catalogue.Take(fewer).Sum() < targetMg);
    }

    [Fact]
    public async Task Target320IsTwoServingsOfPumpkinSeedsAndTheSmallestTopUp()
    {
        var plan = await PlanAsync("targetMg=320");
        var items = plan.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("name").GetString(), item.GetProperty("servings").GetInt32())).ToArray();

        Assert.Equal([("Pumpkin seeds, roasted", 2), ("Raisins", 1)], items);
        Assert.Equal(335, plan.GetProperty("totalMg").GetDouble());
        Assert.Equal(37 + 37 + 5, plan.GetProperty("percentDailyValue").GetInt32());
        Assert.Equal(0, plan.GetProperty("shortfallMg").GetDouble());
    }

    [Fact]
    public async Task SameInputGivesTheSamePlan()
    {
        var first = await PlanAsync("targetMg=777&exclude=almond&maxServings=20");
        var second = await PlanAsync("targetMg=777&exclude=almond&maxServings=20");

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task ExcludedFoodsByIdOrNameNeverAppear()
    {
        var plan = await PlanAsync("targetMg=600&maxServings=20&exclude=1,Chia,PEANUT");
        var names = plan.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!).ToArray();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, name => name.Contains("Pumpkin", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Chia", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Peanut", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task UnreachableTargetIsAnAnswerWithTheShortfall()
    {
        var plan = await PlanAsync("targetMg=5000&maxServings=3");

        Assert.False(plan.GetProperty("reachable").GetBoolean());
        Assert.Equal(3, plan.GetProperty("totalServings").GetInt32());
        Assert.Equal(156 + 156 + 111, plan.GetProperty("totalMg").GetDouble());
        Assert.Equal(5000 - 423, plan.GetProperty("shortfallMg").GetDouble());
        Assert.Contains("short", plan.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task ExcludingEverythingIsAnUnreachableEmptyPlan()
    {
        var plan = await PlanAsync("targetMg=100&exclude=a,e,i,o,u");

        Assert.False(plan.GetProperty("reachable").GetBoolean());
        Assert.Empty(plan.GetProperty("items").EnumerateArray());
        Assert.Equal(100, plan.GetProperty("shortfallMg").GetDouble());
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

    private Task<JsonElement> PlanAsync(string query) => _client.OkJsonAsync($"/api/foods/plan?nutrient=magnesium&{query}");

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
