using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

/// <summary>Pages are ranked once and cut afterwards: every page is a slice of the one ranked order, snippets included.</summary>
[Collection(SharedApi.Name)]
public class SearchPagingTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("magnesium", null)]
    [InlineData("sleep", null)]
    [InlineData("magnesium", "section")]
    public async Task EveryPageIsTheRankedOrdersSliceWithTheSameSnippets(string q, string? type)
    {
        var filter = type is null ? "" : $"&type={type}";
        var whole = await _client.OkJsonAsync($"/api/search?q={q}{filter}&pageSize=100");
        var ranked = whole.Items().Select(hit => hit.GetRawText()).ToArray();
        Assert.True(ranked.Length > 6, $"'{q}' needs more than 6 hits for this test; it has {ranked.Length}");

        for (var page = 1; (page - 1) * 3 < ranked.Length; page++)
        {
            var slice = await _client.OkJsonAsync($"/api/search?q={q}{filter}&pageSize=3&page={page}");

            Assert.Equal(ranked.Skip((page - 1) * 3).Take(3), slice.Items().Select(hit => hit.GetRawText()));
            Assert.Equal(ranked.Length, slice.GetProperty("totalItems").GetInt32());
        }
    }

    [Fact]
    public async Task APageAfterTheLastIsEmptyButCountsEveryHit()
    {
        var whole = await _client.OkJsonAsync("/api/search?q=magnesium&pageSize=100");

        var beyond = await _client.OkJsonAsync("/api/search?q=magnesium&pageSize=100&page=50");

        Assert.Empty(beyond.Items());
        Assert.Equal(whole.GetProperty("totalItems").GetInt32(), beyond.GetProperty("totalItems").GetInt32());
    }
}
