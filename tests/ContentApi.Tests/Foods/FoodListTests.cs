using System.Net;
using ContentApi.Foods;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Foods;

[Collection(SharedApi.Name)]
public class FoodListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task MinimumAmountKeepsOnlyRicherFoods()
    {
        var page = await ListAsync("/api/foods?nutrient=magnesium&minAmountMg=100");

        Assert.Equal(["Pumpkin seeds, roasted", "Chia seeds"], page.Items.Select(food => food.Name));
        Assert.Equal(2, page.TotalItems);
    }

    [Fact]
    public async Task SortByNameIsAlphabeticalAndStable()
    {
        var names = (await ListAsync("/api/foods?sort=name&pageSize=100")).Items.Select(food => food.Name).ToArray();

        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task SortByAmountAscendingPutsTheLeastFirst()
    {
        var amounts = (await ListAsync("/api/foods?sort=amount&pageSize=100")).Items.Select(food => food.AmountMg).ToArray();

        Assert.Equal(amounts.Order(), amounts);
    }

    [Fact]
    public async Task MilkKeepsTheRangeTheSourceGives()
    {
        var milk = Assert.Single((await ListAsync("/api/foods?q=milk")).Items, food => food.Name == "Milk");

        Assert.Equal(24, milk.AmountMg);
        Assert.Equal(27, milk.AmountMaxMg);
    }

    [Fact]
    public async Task PagesWalkTheWholeListWithoutGapsOrRepeats()
    {
        var all = (await ListAsync("/api/foods?pageSize=100")).Items.Select(food => food.Name);
        var walked = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            walked.AddRange((await ListAsync($"/api/foods?pageSize=5&page={page}")).Items.Select(food => food.Name));
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task LinkHeaderPointsToFirstPrevNextAndLast()
    {
        using var response = await _client.GetAsync("/api/foods?nutrient=magnesium&pageSize=5&page=2");
        var page = await response.Content.ReadAsync<PagedResponse<FoodResponse>>();
        var links = response.Headers.GetValues("Link").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(22, page.TotalItems);
        Assert.Equal(5, page.TotalPages);
        Assert.Contains("<http://localhost/api/foods?nutrient=magnesium&pageSize=5&page=1>; rel=\"first\"", links);
        Assert.Contains("<http://localhost/api/foods?nutrient=magnesium&pageSize=5&page=1>; rel=\"prev\"", links);
        Assert.Contains("<http://localhost/api/foods?nutrient=magnesium&pageSize=5&page=3>; rel=\"next\"", links);
        Assert.Contains("<http://localhost/api/foods?nutrient=magnesium&pageSize=5&page=5>; rel=\"last\"", links);
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
        var page = await ListAsync("/api/foods?pageSize=10&page=50");

        Assert.Empty(page.Items);
        Assert.Equal(22, page.TotalItems);
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
        var food = await _client.OkAsync<FoodResponse>("/api/foods/1");

        Assert.Equal("Pumpkin seeds, roasted", food.Name);
        Assert.Equal("ODS", food.Source.Key);
        await _client.GetProblemAsync("/api/foods/424242", HttpStatusCode.NotFound);
    }

    private Task<PagedResponse<FoodResponse>> ListAsync(string url) => _client.OkAsync<PagedResponse<FoodResponse>>(url);
}
