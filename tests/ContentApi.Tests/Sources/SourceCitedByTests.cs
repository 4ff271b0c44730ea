using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Sources;

/// <summary>GET /api/sources/{id} lists what cites the source, so a reader can check every citation from either end.</summary>
[Collection(SharedApi.Name)]
public sealed class SourceCitedByTests(ContentApiFactory factory)
{
    private static readonly string[] TypeOrder = ["block", "doseRange", "food", "interaction", "sideEffect", "remedy"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task NoServedSourceIsUncited()
    {
        var sources = (await _client.OkJsonAsync("/api/sources?pageSize=100")).Items().ToArray();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var single = await _client.OkJsonAsync($"/api/sources/{source.GetProperty("id").GetInt32()}");
            Assert.True(single.GetProperty("citedBy").GetArrayLength() > 0, $"{source.GetProperty("key").GetString()} is cited by nothing");
        }
    }

    [Fact]
    public async Task CitedByListsTheAminoglycosideRowWithALinkThatResolves()
    {
        var liamis = await SourceAsync("LIAMIS2021");
        var citations = liamis.GetProperty("citedBy").EnumerateArray().ToArray();

        var row = Assert.Single(citations, citation => citation.GetProperty("label").GetString() == "Aminoglycoside antibiotics");
        Assert.Equal("interaction", row.GetProperty("type").GetString());
        var interaction = await _client.OkJsonAsync(row.GetProperty("href").GetString()!);
        Assert.Equal(row.GetProperty("id").GetInt32(), interaction.GetProperty("id").GetInt32());
        Assert.Equal("LIAMIS2021", interaction.GetProperty("source").GetProperty("key").GetString());
        Assert.Contains(citations, citation => citation.GetProperty("type").GetString() == "block"
            && citation.GetProperty("href").GetString() == "/api/articles/magnesium-for-restless-legs/sections/medicines-that-interact");
    }

    [Fact]
    public async Task CitedByGroupsByTypeInAFixedOrderAndEveryLinkResolves()
    {
        var ods = await SourceAsync("ODS");
        var citations = ods.GetProperty("citedBy").EnumerateArray().ToArray();
        var types = citations.Strings("type");

        Assert.Equal(types.OrderBy(type => Array.IndexOf(TypeOrder, type)), types);
        Assert.Contains("doseRange", types);
        Assert.Contains("food", types);
        Assert.Contains("sideEffect", types);
        foreach (var group in citations.Where(citation => citation.GetProperty("type").GetString() != "block").GroupBy(citation => citation.GetProperty("type").GetString()))
        {
            var ids = group.Select(citation => citation.GetProperty("id").GetInt32()).ToArray();
            Assert.Equal(ids.Order(), ids);
        }

        foreach (var href in citations.Select(citation => citation.GetProperty("href").GetString()!).Distinct())
        {
            await _client.OkJsonAsync(href);
        }

        Assert.Equal(ods.GetRawText(), (await _client.OkJsonAsync($"/api/sources/{ods.GetProperty("id").GetInt32()}")).GetRawText());
    }

    [Fact]
    public async Task EveryCitingRowReallyCitesTheSource()
    {
        foreach (var key in new[] { "FDA-PPI", "DAVIES1993", "AAN" })
        {
            var source = await SourceAsync(key);
            foreach (var citation in source.GetProperty("citedBy").EnumerateArray().Where(citation => citation.GetProperty("type").GetString() != "block"))
            {
                var row = await _client.OkJsonAsync(citation.GetProperty("href").GetString()!);
                Assert.Equal(key, row.GetProperty("source").GetProperty("key").GetString());
            }
        }
    }

    [Fact]
    public async Task ListsAndTheArticleDoNotCarryCitedBy()
    {
        var list = await _client.OkJsonAsync("/api/sources?pageSize=100");
        var article = await _client.OkJsonAsync("/api/articles/magnesium-for-restless-legs?include=sources");

        Assert.All(list.Items(), source => Assert.False(source.TryGetProperty("citedBy", out _)));
        Assert.All(article.GetProperty("sources").EnumerateArray(), source => Assert.False(source.TryGetProperty("citedBy", out _)));
    }

    [Fact]
    public async Task SourcesCarryCorrectedTitlesAndAddresses()
    {
        var healthline = await SourceAsync("HL");
        var label = await SourceAsync("FDA-LABEL");
        var ppi = await SourceAsync("FDA-PPI");

        Assert.Contains("unconfirmed", healthline.GetProperty("title").GetString());
        Assert.Equal("https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Magnesium+Oxide%22", label.GetProperty("url").GetString());
        Assert.True(Uri.TryCreate(label.GetProperty("url").GetString(), UriKind.Absolute, out _));
        Assert.Contains("2011", ppi.GetProperty("citation").GetString());
        Assert.StartsWith("https://www.fda.gov/", ppi.GetProperty("url").GetString());
    }

    [Fact]
    public async Task UnknownSourceIsStillNotFound() =>
        await _client.GetProblemAsync("/api/sources/424242", HttpStatusCode.NotFound);

    private async Task<JsonElement> SourceAsync(string key)
    {
        var match = Assert.Single((await _client.OkJsonAsync("/api/sources?pageSize=100")).Items(), source => source.GetProperty("key").GetString() == key);
        return await _client.OkJsonAsync($"/api/sources/{match.GetProperty("id").GetInt32()}");
    }
}
