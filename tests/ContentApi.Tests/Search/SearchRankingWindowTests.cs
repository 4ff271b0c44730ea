using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Search;

/// <summary>An app that ranks at most four matches per search, so the seed's broad queries go past the window.</summary>
public sealed class NarrowRankingApi : ContentApiFactory
{
    public const int RankedMatchLimit = 4;

    public NarrowRankingApi() => WithSetting("Search:RankedMatchLimit", RankedMatchLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// A query with more matches than Search:RankedMatchLimit ranks the first ones in index order and lists the rest after
/// them in index order: the same matches, each once, whatever the page size. Compared with the shared app, which ranks all.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class SearchRankingWindowTests(ContentApiFactory wide, NarrowRankingApi narrow) : IClassFixture<NarrowRankingApi>
{
    // FTS5 rowids are type code × 10^12 + id; index order is that order.
    private static readonly string[] TypeOrder = ["article", "section", "food", "interaction", "side-effect", "remedy"];

    private readonly HttpClient _wide = wide.CreateClient();
    private readonly HttpClient _narrow = narrow.CreateClient();

    [Theory]
    [InlineData("magnesium", "")]
    [InlineData("sleep", "")]
    [InlineData("magnesium", "&type=section")]
    public async Task BroadQueryRanksTheFirstMatchesInIndexOrderThenListsTheRestInIndexOrder(string q, string filter)
    {
        var all = await SearchAsync(_wide, $"/api/search?q={q}{filter}&pageSize=100");
        var windowed = await SearchAsync(_narrow, $"/api/search?q={q}{filter}&pageSize=100");
        Assert.True(all.TotalItems > NarrowRankingApi.RankedMatchLimit + 2, $"'{q}' needs more matches than the window for this test");

        var window = all.Items.OrderBy(IndexOrder).Take(NarrowRankingApi.RankedMatchLimit).Select(Key).ToHashSet();
        var rankedWindow = all.Items.Where(hit => window.Contains(Key(hit))).Select(Key);
        var rest = all.Items.Where(hit => !window.Contains(Key(hit))).OrderBy(IndexOrder).Select(Key);

        Assert.Equal(all.TotalItems, windowed.TotalItems);
        Assert.Equal(rankedWindow.Concat(rest), windowed.Items.Select(Key));
        Assert.Equal(all.Items.ToDictionary(Key, hit => hit.Snippet), windowed.Items.ToDictionary(Key, hit => hit.Snippet));
    }

    [Theory]
    [InlineData("magnesium", "", 3)]
    [InlineData("magnesium", "", 4)]
    [InlineData("sleep", "&type=section", 3)]
    public async Task PagesAcrossTheWindowsEndAreSlicesOfTheOneOrder(string q, string filter, int pageSize)
    {
        var whole = await SearchAsync(_narrow, $"/api/search?q={q}{filter}&pageSize=100");

        for (var page = 1; (page - 1) * pageSize < whole.TotalItems; page++)
        {
            var slice = await SearchAsync(_narrow, $"/api/search?q={q}{filter}&pageSize={pageSize}&page={page}");

            Assert.Equal(whole.Items.Skip((page - 1) * pageSize).Take(pageSize), slice.Items);
            Assert.Equal(whole.TotalItems, slice.TotalItems);
        }
    }

    [Fact]
    public async Task QueryWithinTheLimitIsRankedWhole()
    {
        var all = await SearchAsync(_wide, "/api/search?q=calcium");
        var windowed = await SearchAsync(_narrow, "/api/search?q=calcium");

        Assert.InRange(all.TotalItems, 2, NarrowRankingApi.RankedMatchLimit);
        Assert.Equal(all.Items, windowed.Items);
        Assert.Equal(all.Items.OrderByDescending(hit => hit.Score), windowed.Items);
    }

    [Fact]
    public void ALimitBelowOneStopsTheStart()
    {
        using var factory = new ContentApiFactory().WithSetting("Search:RankedMatchLimit", "0");

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("Search:RankedMatchLimit must be a positive number", critical.Message, StringComparison.Ordinal);
    }

    private static (string Type, int Id) Key(SearchHit hit) => (hit.Type, hit.Id);

    private static (int, int) IndexOrder(SearchHit hit) => (Array.IndexOf(TypeOrder, hit.Type), hit.Id);

    private static Task<PagedResponse<SearchHit>> SearchAsync(HttpClient client, string url) => client.OkAsync<PagedResponse<SearchHit>>(url);
}
