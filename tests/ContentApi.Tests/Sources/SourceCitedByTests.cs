using System.Net;
using ContentApi.DoseRanges;
using ContentApi.Foods;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.SideEffects;
using ContentApi.Sources;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Sources;

/// <summary>GET /api/sources/{id} lists what cites the source, so a reader can check every citation from either end.</summary>
[Collection(SharedApi.Name)]
public class SourceCitedByTests(ContentApiFactory factory)
{
    private static readonly string[] TypeOrder = ["block", "doseRange", "food", "interaction", "sideEffect", "remedy"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task NoServedSourceIsUncited()
    {
        var sources = (await ListAsync()).Items;

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var single = await _client.OkAsync<SourceResponse>($"/api/sources/{source.Id}");
            Assert.True(single.CitedBy is { Count: > 0 }, $"{source.Key} is cited by nothing");
        }
    }

    [Fact]
    public async Task CitedByListsTheAminoglycosideRowWithALinkThatResolves()
    {
        var liamis = await SourceAsync("LIAMIS2021");
        var citations = CitedBy(liamis);

        var row = Assert.Single(citations, citation => citation.Label == "Aminoglycoside antibiotics");
        Assert.Equal("interaction", row.Type);
        var interaction = await _client.OkAsync<InteractionResponse>(row.Href);
        Assert.Equal(row.Id, interaction.Id);
        Assert.Equal("LIAMIS2021", interaction.Source.Key);
        Assert.Contains(citations, citation => citation.Type == "block"
            && citation.Href == "http://localhost/api/articles/magnesium-for-restless-legs/sections/medicines-that-interact");
    }

    [Fact]
    public async Task CitedByGroupsByTypeInAFixedOrderAndEveryLinkResolves()
    {
        var ods = await SourceAsync("ODS");
        var citations = CitedBy(ods);
        var types = citations.Select(citation => citation.Type).ToArray();

        Assert.Equal(types.OrderBy(type => Array.IndexOf(TypeOrder, type)), types);
        Assert.Contains("doseRange", types);
        Assert.Contains("food", types);
        Assert.Contains("sideEffect", types);
        foreach (var group in citations.Where(citation => citation.Type != "block").GroupBy(citation => citation.Type))
        {
            var ids = group.Select(citation => citation.Id).ToArray();
            Assert.Equal(ids.Order(), ids);
        }

        foreach (var href in citations.Select(citation => citation.Href).Distinct())
        {
            await _client.OkJsonAsync(href);
        }

        // Asked again, the answer is the same byte for byte, not only equal in value.
        var url = $"/api/sources/{ods.Id}";
        Assert.Equal((await _client.OkJsonAsync(url)).GetRawText(), (await _client.OkJsonAsync(url)).GetRawText());
    }

    [Fact]
    public async Task EveryCitingRowReallyCitesTheSource()
    {
        foreach (var key in new[] { "FDA-PPI", "DAVIES1993", "AAN" })
        {
            var source = await SourceAsync(key);
            foreach (var citation in CitedBy(source).Where(citation => citation.Type != "block"))
            {
                Assert.Equal(key, (await CitingRowSourceAsync(citation)).Key);
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

        Assert.Contains("unconfirmed", healthline.Title);
        Assert.Equal("https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Magnesium+Oxide%22", label.Url);
        Assert.True(Uri.TryCreate(label.Url, UriKind.Absolute, out _));
        Assert.Contains("2011", ppi.Citation);
        Assert.StartsWith("https://www.fda.gov/", ppi.Url);
    }

    [Fact]
    public async Task UnknownSourceIsStillNotFound() =>
        await _client.GetProblemAsync("/api/sources/424242", HttpStatusCode.NotFound);

    private Task<PagedResponse<SourceResponse>> ListAsync() => _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?pageSize=100");

    private async Task<SourceResponse> SourceAsync(string key)
    {
        var match = Assert.Single((await ListAsync()).Items, source => source.Key == key);
        return await _client.OkAsync<SourceResponse>($"/api/sources/{match.Id}");
    }

    /// <summary>The source's <c>citedBy</c>, which a single source always carries.</summary>
    private static IReadOnlyList<SourceCitation> CitedBy(SourceResponse source)
    {
        Assert.NotNull(source.CitedBy);
        return source.CitedBy;
    }

    /// <summary>The source of the row a citation links to, read as that row's own record.</summary>
    private async Task<SourceReference> CitingRowSourceAsync(SourceCitation citation) => citation.Type switch
    {
        "doseRange" => (await _client.OkAsync<DoseRangeResponse>(citation.Href)).Source,
        "food" => (await _client.OkAsync<FoodResponse>(citation.Href)).Source,
        "interaction" => (await _client.OkAsync<InteractionResponse>(citation.Href)).Source,
        "sideEffect" => (await _client.OkAsync<SideEffectResponse>(citation.Href)).Source,
        "remedy" => (await _client.OkAsync<RemedyResponse>(citation.Href)).Source,
        _ => throw new InvalidOperationException($"unexpected citation type '{citation.Type}'"),
    };
}
