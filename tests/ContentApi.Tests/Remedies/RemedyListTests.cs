using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Remedies;

[Collection(SharedApi.Name)]
public sealed class RemedyListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ConventionalRemediesCarryExamplesAndNotes()
    {
        var page = await _client.OkJsonAsync("/api/remedies?kind=conventional");
        var byName = page.Items().ToDictionary(item => item.GetProperty("name").GetString()!);

        Assert.Contains("pramipexole", byName["Dopaminergic medicines"].GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("addictive", byName["Opioids"].GetProperty("dependenceNote").GetString());
        Assert.Equal("MAYO", byName["Opioids"].GetProperty("source").GetProperty("key").GetString());
        Assert.Contains("level B", byName["Intravenous iron"].GetProperty("evidenceLevel").GetString());
        Assert.Equal("AAN", byName["Intravenous iron"].GetProperty("source").GetProperty("key").GetString());
        // Augmentation is COMELLA's finding and the evidence levels are AAN's: neither sits under MAYO's row.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byName["Dopaminergic medicines"].GetProperty("augmentationNote").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byName["Dopaminergic medicines"].GetProperty("evidenceLevel").ValueKind);
    }

    [Fact]
    public async Task TheOnlyAlternativeRemedyServedAsARowIsIronWhichMayoBacks()
    {
        var page = await _client.OkJsonAsync("/api/remedies?kind=alternative");

        var iron = Assert.Single(page.Items());
        Assert.Equal("Iron, if levels are low", iron.GetProperty("name").GetString());
        Assert.Equal("MAYO", iron.GetProperty("source").GetProperty("key").GetString());
        Assert.Contains("blood test", iron.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TextSearchFindsARemedyByExampleDrug()
    {
        var page = await _client.OkJsonAsync("/api/remedies?q=gabapentin");

        Assert.Equal(["Alpha-2-delta ligands (anti-seizure medicines)"], page.Items().Strings("name"));
    }

    [Fact]
    public async Task UnknownKindIsRejected() =>
        await _client.GetProblemAsync("/api/remedies?kind=herbal", HttpStatusCode.BadRequest);

    [Fact]
    public async Task UnknownRemedyIdIsNotFound() =>
        await _client.GetProblemAsync("/api/remedies/777", HttpStatusCode.NotFound);
}
