using System.Net;
using ContentApi.Paging;
using ContentApi.Sources;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Sources;

[Collection(SharedApi.Name)]
public class SourceListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task VerificationAidsAreNeverServed()
    {
        var keys = (await _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?pageSize=100")).Items.Select(item => item.Key).ToArray();

        Assert.Equal(14, keys.Length);
        Assert.Contains("FDA-PPI", keys);
        Assert.Contains("LIAMIS2021", keys);
        Assert.DoesNotContain("MAGNITOP", keys);
        Assert.DoesNotContain("MEDICINENET", keys);
        Assert.DoesNotContain("SEED", keys);
    }

    [Fact]
    public async Task TextSearchAndSortWork()
    {
        var page = await _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?q=office%20of%20dietary&sort=-key");

        Assert.Equal(["ODS-C", "ODS"], page.Items.Select(item => item.Key));
    }

    [Fact]
    public async Task JournalSourcesHaveACitation()
    {
        var hornyak = Assert.Single((await _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?q=hornyak")).Items);
        var id = hornyak.Id;

        var single = await _client.OkAsync<SourceResponse>($"/api/sources/{id}");

        Assert.Contains("Sleep 1998", single.Citation);
        await _client.GetProblemAsync("/api/sources/9999", HttpStatusCode.NotFound);
    }
}
