using System.Net;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Remedies;

[Collection(SharedApi.Name)]
public class RemedyListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ConventionalRemediesCarryExamplesAndNotes()
    {
        var page = await _client.OkAsync<PagedResponse<RemedyResponse>>("/api/remedies?kind=conventional");
        var byName = page.Items.ToDictionary(item => item.Name);

        Assert.Contains("pramipexole", byName["Dopaminergic medicines"].Examples);
        Assert.Contains("addictive", byName["Opioids"].DependenceNote);
        Assert.Equal("MAYO", byName["Opioids"].Source.Key);
        Assert.Contains("level B", byName["Intravenous iron"].EvidenceLevel);
        Assert.Equal("AAN", byName["Intravenous iron"].Source.Key);
        // Augmentation is COMELLA's finding and the evidence levels are AAN's: neither sits under MAYO's row.
        Assert.Null(byName["Dopaminergic medicines"].AugmentationNote);
        Assert.Null(byName["Dopaminergic medicines"].EvidenceLevel);
    }

    [Fact]
    public async Task TheOnlyAlternativeRemedyServedAsARowIsIronWhichMayoBacks()
    {
        var page = await _client.OkAsync<PagedResponse<RemedyResponse>>("/api/remedies?kind=alternative");

        var iron = Assert.Single(page.Items);
        Assert.Equal("Iron, if levels are low", iron.Name);
        Assert.Equal("MAYO", iron.Source.Key);
        Assert.Contains("blood test", iron.Description);
    }

    [Fact]
    public async Task TextSearchFindsARemedyByExampleDrug()
    {
        var page = await _client.OkAsync<PagedResponse<RemedyResponse>>("/api/remedies?q=gabapentin");

        Assert.Equal(["Alpha-2-delta ligands (anti-seizure medicines)"], page.Items.Select(item => item.Name));
    }

    [Fact]
    public async Task UnknownKindIsRejected() =>
        await _client.GetProblemAsync("/api/remedies?kind=herbal", HttpStatusCode.BadRequest);

    [Fact]
    public async Task UnknownRemedyIdIsNotFound() =>
        await _client.GetProblemAsync("/api/remedies/777", HttpStatusCode.NotFound);
}
