using System.Net;
using ContentApi.DoseRanges;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.DoseRanges;

[Collection(SharedApi.Name)]
public class DoseRangeListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WomanAged25GetsTheRdaAndTheSupplementLimit()
    {
        var page = await _client.OkAsync<PagedResponse<DoseRangeResponse>>("/api/dose-ranges?substance=Magnesium&sex=female&lifeStage=general&ageYears=25");
        var byKind = page.Items.ToDictionary(range => range.Kind);

        Assert.Equal(310, byKind["RDA"].Amount.Min);
        Assert.Equal(350, byKind["UL"].Amount.Max);
        Assert.Equal("any", byKind["UL"].Sex);
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
        var page = await _client.OkAsync<PagedResponse<DoseRangeResponse>>($"/api/dose-ranges?kind={kind}&sex=male&ageMonths={ageMonths}");

        var range = Assert.Single(page.Items);
        Assert.Equal(expected, range.Amount.Min);
    }

    [Fact]
    public async Task InfantIntakesAreTheOnlyFiguresCountingBreastMilkFormulaAndFood()
    {
        var page = await _client.OkAsync<PagedResponse<DoseRangeResponse>>("/api/dose-ranges?appliesTo=breast-milk-formula-and-food&pageSize=100");
        var ranges = page.Items.ToArray();

        Assert.Equal(4, ranges.Length);
        Assert.All(ranges, range =>
        {
            Assert.Equal("AI", range.Kind);
            Assert.True(range.AgeBand.MaxMonths <= 12);
            Assert.Contains("breast milk, formula and food", range.Note);
        });
        Assert.DoesNotContain((await _client.OkAsync<PagedResponse<DoseRangeResponse>>("/api/dose-ranges?appliesTo=food-and-supplements&pageSize=100")).Items,
            range => range.AgeBand.MinMonths < 12);
    }

    [Fact]
    public async Task SortByAmountDescendingPutsTheLargestFirst()
    {
        var page = await _client.OkAsync<PagedResponse<DoseRangeResponse>>("/api/dose-ranges?kind=RDA&sort=-amount&pageSize=100");
        var amounts = page.Items.Select(range => range.Amount.Max).ToArray();

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
        var first = (await _client.OkAsync<PagedResponse<DoseRangeResponse>>("/api/dose-ranges?pageSize=1")).Items.Single();
        var id = first.Id;

        var single = await _client.OkAsync<DoseRangeResponse>($"/api/dose-ranges/{id}");

        Assert.Equal(first, single);
        var problem = await _client.GetProblemAsync("/api/dose-ranges/99999", HttpStatusCode.NotFound);
        Assert.Contains("99999", problem.GetProperty("detail").GetString());
    }
}
