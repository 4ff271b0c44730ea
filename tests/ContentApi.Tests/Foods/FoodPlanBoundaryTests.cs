using System.Net;
using ContentApi.Foods;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Foods;

/// <summary>
/// The planner at its edges: a target met exactly, ties between foods of equal amount (lower id first), the per-food
/// cap, the overshoot swap, and the servings limit. Food ids and amounts are ODS Table 2 as seeded.
/// </summary>
[Collection(SharedApi.Name)]
public class FoodPlanBoundaryTests(ContentApiFactory factory)
{
    private const string Plan = "/api/foods/plan?nutrient=magnesium";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("targetMg=156", new[] { 1 }, new[] { 1 }, 156)]
    [InlineData("targetMg=312", new[] { 1 }, new[] { 2 }, 312)]
    [InlineData("targetMg=155.5", new[] { 1 }, new[] { 1 }, 156)]
    [InlineData("targetMg=156.5", new[] { 1, 22 }, new[] { 1, 1 }, 179)]
    [InlineData("targetMg=320", new[] { 1, 22 }, new[] { 2, 1 }, 335)]
    public async Task ATargetIsMetWithTheFewestServingsAndTheSmallestOvershoot(string query, int[] foods, int[] servings, double totalMg)
    {
        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&{query}");

        AssertItems(plan, foods, servings);
        Assert.Equal(totalMg, plan.TotalMg);
        Assert.True(plan.Reachable);
        Assert.Equal(0, plan.ShortfallMg);
    }

    [Fact]
    public async Task EqualAmountsGoToTheLowerId()
    {
        // Without the six richest foods, shredded wheat (7) and soymilk (8) tie at 61 mg.
        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=61&exclude=1,2,3,4,5,6");

        AssertItems(plan, [7], [1]);
    }

    [Fact]
    public async Task TheLowerIdOfTwoEqualFoodsGetsTheExtraServing()
    {
        var others = string.Join(',', Enumerable.Range(1, 22).Where(id => id is not (7 or 8)));

        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=183&exclude={others}");

        AssertItems(plan, [7, 8], [2, 1]);
    }

    [Fact]
    public async Task TheOvershootSwapAlsoBreaksTiesByLowerId()
    {
        // Brown rice (13), yogurt (14) and fortified cereal (15) tie at 42 mg.
        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=42&exclude=1,2,3,4,5,6,7,8,9,10,11,12");

        AssertItems(plan, [13], [1]);
    }

    [Fact]
    public async Task NoFoodIsServedPastItsCapEvenToBreakATie()
    {
        var others = string.Join(',', Enumerable.Range(1, 22).Where(id => id is not (7 or 8)));

        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=100&maxServingsPerFood=1&exclude={others}");

        AssertItems(plan, [7, 8], [1, 1]);
        Assert.Equal(2, plan.TotalServings);
    }

    [Theory]
    [InlineData(1, new[] { 1 }, new[] { 1 }, 156)]
    [InlineData(3, new[] { 1, 2 }, new[] { 2, 1 }, 423)]
    public async Task AnUnreachableTargetStopsAtTheServingsLimitAndSaysTheShortfall(int maxServings, int[] foods, int[] servings, double totalMg)
    {
        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=10000&maxServings={maxServings}");

        AssertItems(plan, foods, servings);
        Assert.False(plan.Reachable);
        Assert.Equal(10000 - totalMg, plan.ShortfallMg);
        Assert.Equal(maxServings, plan.TotalServings);
    }

    [Theory]
    [InlineData("targetMg=156", "1 serving provides 156 mg of magnesium, reaching the 156 mg target.")]
    [InlineData("targetMg=156.25", "2 servings provide 179 mg of magnesium, reaching the 156.25 mg target.")]
    [InlineData("targetMg=320", "3 servings provide 335 mg of magnesium, reaching the 320 mg target.")]
    [InlineData("targetMg=10000&maxServings=3",
        "Within 3 servings, at most 2 of each food, the foods listed reach 423 mg of magnesium: 9577 mg short of the 10000 mg target. Allow more servings or fewer exclusions.")]
    [InlineData("targetMg=500&maxServings=1&maxServingsPerFood=1",
        "Within 1 serving, at most 1 of each food, the foods listed reach 156 mg of magnesium: 344 mg short of the 500 mg target. Allow more servings or fewer exclusions.")]
    public async Task TheSummarySaysWhatThePlanDoes(string query, string summary)
    {
        var plan = await _client.OkAsync<FoodPlanResponse>($"{Plan}&{query}");

        Assert.Equal(summary, plan.Summary);
    }

    [Theory]
    [InlineData("targetMg=10000", true)]
    [InlineData("targetMg=10000.01", false)]
    [InlineData("targetMg=0.01", true)]
    [InlineData("targetMg=0", false)]
    [InlineData("targetMg=100&maxServings=50", true)]
    [InlineData("targetMg=100&maxServings=51", false)]
    [InlineData("targetMg=100&maxServings=0", false)]
    [InlineData("targetMg=100&maxServingsPerFood=10", true)]
    [InlineData("targetMg=100&maxServingsPerFood=11", false)]
    [InlineData("targetMg=100&maxServingsPerFood=0", false)]
    public async Task NumbersAreAcceptedUpToTheirBoundsInclusive(string query, bool accepted)
    {
        using var response = await _client.GetAsync($"{Plan}&{query}");

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ExcludeTakesFiftyTermsOfAHundredCharacters()
    {
        var fifty = string.Join(',', Enumerable.Range(100, 50));
        var hundred = new string('x', 100);

        await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=100&exclude={fifty}");
        await _client.OkAsync<FoodPlanResponse>($"{Plan}&targetMg=100&exclude={hundred}");
        var tooMany = await _client.GetValidationErrorsAsync($"{Plan}&targetMg=100&exclude={fifty},1", "exclude");
        var tooLong = await _client.GetValidationErrorsAsync($"{Plan}&targetMg=100&exclude={hundred}x", "exclude");

        Assert.Equal("'exclude' takes at most 50 ids or names, each at most 100 characters.", Assert.Single(tooMany));
        Assert.Equal(tooMany, tooLong);
    }

    [Fact]
    public async Task AnUnknownNutrientOfFiftyCharactersIsNamedAndALongerOneIsTooLong()
    {
        var fifty = new string('z', 50);

        var unknown = await _client.GetValidationErrorsAsync($"/api/foods/plan?nutrient={fifty}&targetMg=100", "nutrient");
        var tooLong = await _client.GetValidationErrorsAsync($"/api/foods/plan?nutrient={fifty}z&targetMg=100", "nutrient");

        Assert.Equal($"No foods are measured for '{fifty}'. Known nutrients: magnesium.", Assert.Single(unknown));
        Assert.Contains("50", Assert.Single(tooLong));
    }

    private static void AssertItems(FoodPlanResponse plan, int[] foods, int[] servings)
    {
        var items = plan.Items;
        Assert.Equal(foods, items.Select(item => item.FoodId).ToArray());
        Assert.Equal(foods.Select(id => $"http://localhost/api/foods/{id}"), items.Select(item => item.Href));
        Assert.Equal(servings, items.Select(item => item.Servings).ToArray());
    }
}
