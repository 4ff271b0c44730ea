using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

/// <summary>How the words of <c>q</c> combine: all must match, and only the last may be a prefix.</summary>
[Collection(SharedApi.Name)]
public class SearchWordTests(ContentApiFactory factory)
{
    private const string Unknown = "zqxjvw";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData($"{Unknown}%20sleep")]
    [InlineData($"sleep%20{Unknown}")]
    [InlineData($"magnesium%20{Unknown}%20sleep")]
    public async Task AWordThatMatchesNothingEmptiesTheResultWhereverItStands(string q)
    {
        var page = await SearchAsync($"/api/search?q={q}");

        Assert.Equal(0, page.TotalItems);
    }

    [Fact]
    public async Task TwoWordsFindOnlyWhatHasBoth()
    {
        var magnesium = await HrefsAsync("magnesium");
        var sleep = await HrefsAsync("sleep");

        var both = await HrefsAsync("magnesium%20sleep");

        Assert.NotEmpty(both);
        Assert.True(both.Count < magnesium.Count && both.Count < sleep.Count, $"{both.Count} vs {magnesium.Count} and {sleep.Count}");
        Assert.Subset(magnesium, both);
        Assert.Subset(sleep, both);
    }

    [Theory]
    [InlineData("magnes", true)]
    [InlineData("mag", true)]
    [InlineData("ma", false)]
    [InlineData("sleep%20magnes", true)]
    [InlineData("magnes%20sleep", false)]
    public async Task OnlyTheLastWordOfThreeOrMoreLettersMatchesAsAPrefix(string q, bool finds)
    {
        var page = await SearchAsync($"/api/search?q={q}");

        Assert.Equal(finds, page.TotalItems > 0);
    }

    [Fact]
    public async Task OnlyTheFirstSixteenWordsCount()
    {
        var sixteen = string.Join("%20", Enumerable.Repeat("sleep", 16));

        var withSeventeenth = await SearchAsync($"/api/search?q={sixteen}%20{Unknown}");
        var withSixteenth = await SearchAsync($"/api/search?q={string.Join("%20", Enumerable.Repeat("sleep", 15))}%20{Unknown}");

        Assert.True(withSeventeenth.TotalItems > 0);
        Assert.Equal(0, withSixteenth.TotalItems);
    }

    private async Task<HashSet<string>> HrefsAsync(string q) =>
        (await SearchAsync($"/api/search?q={q}&pageSize=100")).Items.Select(hit => hit.Href).ToHashSet();

    private Task<PagedResponse<SearchHit>> SearchAsync(string url) => _client.OkAsync<PagedResponse<SearchHit>>(url);
}
