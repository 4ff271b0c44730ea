using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.DoseRanges;

[Collection(SharedApi.Name)]
public sealed class DoseRangeListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WomanAged25GetsTheRdaAndTheSupplementLimit()
    {
        var page = await _client.OkJsonAsync("/api/dose-ranges?substance=Magnesium&sex=female&lifeStage=general&ageYears=25");
        var byKind = page.Items().ToDictionary(range => range.GetProperty("kind").GetString()!);

        Assert.Equal(310, byKind["RDA"].GetProperty("amount").GetProperty("min").GetDouble());
        Assert.Equal(350, byKind["UL"].GetProperty("amount").GetProperty("max").GetDouble());
        Assert.Equal("any", byKind["UL"].GetProperty("sex").GetString());
    }

    [Theory]
    [InlineData(0, "AI", 30)]
    [InlineData(6, "AI", 30)]
    [InlineData(7, "AI", 75)]
    [InlineData(11, "AI", 75)]
    [InlineData(12, "RDA", 80)]
    [InlineData(47, "RDA", 80)]
    [InlineData(48, "RDA", 130)]
    public async Task AgeInMonthsSelectsTheBandWithInclusiveMinAndExclusiveMax(int ageMonths, string kind, double expected)
    {
        var page = await _client.OkJsonAsync($"/api/dose-ranges?kind={kind}&sex=male&ageMonths={ageMonths}");

        var range = Assert.Single(page.Items());
        Assert.Equal(expected, range.GetProperty("amount").GetProperty("min").GetDouble());
    }

    [Fact]
    public async Task InfantIntakesAreTheOnlyFiguresCountingBreastMilkFormulaAndFood()
    {
        var page = await _client.OkJsonAsync("/api/dose-ranges?appliesTo=breast-milk-formula-and-food&pageSize=100");
        var ranges = page.Items().ToArray();

        Assert.Equal(4, ranges.Length);
        Assert.All(ranges, range =>
        {
            Assert.Equal("AI", range.GetProperty("kind").GetString());
            Assert.True(range.GetProperty("ageBand").GetProperty("maxMonths").GetInt32() <= 12);
            Assert.Contains("breast milk, formula and food", range.GetProperty("note").GetString());
        });
        Assert.DoesNotContain((await _client.OkJsonAsync("/api/dose-ranges?appliesTo=food-and-supplements&pageSize=100")).Items(),
            range => range.GetProperty("ageBand").GetProperty("minMonths").GetInt32() < 12);
    }

    [Fact]
    public async Task SortByAmountDescendingPutsTheLargestFirst()
    {
        var page = await _client.OkJsonAsync("/api/dose-ranges?kind=RDA&sort=-amount&pageSize=100");
        var amounts = page.Items().Select(range => range.GetProperty("amount").GetProperty("max").GetDouble()).ToArray();

        Assert.Equal(amounts.OrderDescending(), amounts);
        Assert.Equal(420, amounts[0]);
    }

    [Fact]
    public async Task BothAgeParametersAreRejected()
    {
        await _client.GetValidationErrorsAsync("/api/dose-ranges?ageYears=3&ageMonths=36", "ageMonths");
    }

    [Theory]
    [InlineData("kind=RDI", "kind")]
    [InlineData("sex=other", "sex")]
    [InlineData("lifeStage=childhood", "lifeStage")]
    [InlineData("ageYears=121", "ageYears")]
    [InlineData("ageYears=-1", "ageYears")]
    [InlineData("ageYears=old", "ageYears")]
    [InlineData("sort=dose", "sort")]
    public async Task InvalidFilterIsAProblemNamingTheParameter(string query, string parameter)
    {
        await _client.GetValidationErrorsAsync($"/api/dose-ranges?{query}", parameter);
    }

    [Fact]
    public async Task OneDoseRangeIsServedById()
    {
        var first = (await _client.OkJsonAsync("/api/dose-ranges?pageSize=1")).Items().Single();
        var id = first.GetProperty("id").GetInt32();

        var single = await _client.OkJsonAsync($"/api/dose-ranges/{id}");

        Assert.Equal(first.GetRawText(), single.GetRawText());
        var problem = await _client.GetProblemAsync("/api/dose-ranges/99999", HttpStatusCode.NotFound);
        Assert.Contains("99999", problem.GetProperty("detail").GetString());
    }
}
