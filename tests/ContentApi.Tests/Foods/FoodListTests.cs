using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Foods;

[Collection(SharedApi.Name)]
public sealed class FoodListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task MinimumAmountKeepsOnlyRicherFoods()
    {
        var page = await _client.OkJsonAsync("/api/foods?nutrient=magnesium&minAmountMg=100");

        Assert.Equal(["Pumpkin seeds, roasted", "Chia seeds"], page.Items().Strings("name"));
        Assert.Equal(2, page.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task SortByNameIsAlphabeticalAndStable()
    {
        var page = await _client.OkJsonAsync("/api/foods?sort=name&pageSize=100");
        var names = page.Items().Strings("name");

        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task SortByAmountAscendingPutsTheLeastFirst()
    {
        var page = await _client.OkJsonAsync("/api/foods?sort=amount&pageSize=100");
        var amounts = page.Items().Select(food => food.GetProperty("amountMg").GetDouble()).ToArray();

        Assert.Equal(amounts.Order(), amounts);
    }

    [Fact]
    public async Task MilkKeepsTheRangeTheSourceGives()
    {
        var milk = Assert.Single((await _client.OkJsonAsync("/api/foods?q=milk")).Items(), food => food.GetProperty("name").GetString() == "Milk");

        Assert.Equal(24, milk.GetProperty("amountMg").GetDouble());
        Assert.Equal(27, milk.GetProperty("amountMaxMg").GetDouble());
    }

    [Fact]
    public async Task PagesWalkTheWholeListWithoutGapsOrRepeats()
    {
        var all = (await _client.OkJsonAsync("/api/foods?pageSize=100")).Items().Strings("name");
        var walked = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            walked.AddRange((await _client.OkJsonAsync($"/api/foods?pageSize=5&page={page}")).Items().Strings("name"));
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task LinkHeaderPointsToFirstPrevNextAndLast()
    {
        using var response = await _client.GetAsync("/api/foods?nutrient=magnesium&pageSize=5&page=2");
        var page = await response.Content.ReadJsonAsync();
        var links = response.Headers.GetValues("Link").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(22, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(5, page.GetProperty("totalPages").GetInt32());
        Assert.Contains("</api/foods?nutrient=magnesium&pageSize=5&page=1>; rel=\"first\"", links);
        Assert.Contains("</api/foods?nutrient=magnesium&pageSize=5&page=1>; rel=\"prev\"", links);
        Assert.Contains("</api/foods?nutrient=magnesium&pageSize=5&page=3>; rel=\"next\"", links);
        Assert.Contains("</api/foods?nutrient=magnesium&pageSize=5&page=5>; rel=\"last\"", links);
    }

    [Fact]
    public async Task LastPageHasNoNextLink()
    {
        using var response = await _client.GetAsync("/api/foods?pageSize=5&page=5");
        var links = response.Headers.GetValues("Link").Single();

        Assert.DoesNotContain("rel=\"next\"", links);
        Assert.Contains("page=4>; rel=\"prev\"", links);
    }

    [Fact]
    public async Task PageBeyondTheEndIsEmptyNotAnError()
    {
        var page = await _client.OkJsonAsync("/api/foods?pageSize=10&page=50");

        Assert.Empty(page.Items());
        Assert.Equal(22, page.GetProperty("totalItems").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("minAmountMg=-5", "minAmountMg")]
    [InlineData("sort=calories", "sort")]
    public async Task InvalidQueryIsAProblemNamingTheParameter(string query, string parameter)
    {
        await _client.GetValidationErrorsAsync($"/api/foods?{query}", parameter);
    }

    [Fact]
    public async Task OneFoodIsServedByIdWithItsSource()
    {
        var food = await _client.OkJsonAsync("/api/foods/1");

        Assert.Equal("Pumpkin seeds, roasted", food.GetProperty("name").GetString());
        Assert.Equal("ODS", food.GetProperty("source").GetProperty("key").GetString());
        await _client.GetProblemAsync("/api/foods/424242", HttpStatusCode.NotFound);
    }
}
