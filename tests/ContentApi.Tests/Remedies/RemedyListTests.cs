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
        Assert.Contains("augmentation", byName["Dopaminergic medicines"].GetProperty("augmentationNote").GetString());
        Assert.Contains("addictive", byName["Opioids"].GetProperty("dependenceNote").GetString());
        Assert.Contains("level B", byName["Intravenous iron"].GetProperty("evidenceLevel").GetString());
    }

    [Fact]
    public async Task AlternativeRemediesComeInTheArticleOrder()
    {
        var page = await _client.OkJsonAsync("/api/remedies?kind=alternative");

        Assert.Equal(9, page.GetProperty("totalItems").GetInt32());
        Assert.Equal("Regular exercise", page.Items().First().GetProperty("name").GetString());
        Assert.All(page.Items(), item => Assert.Equal("alternative", item.GetProperty("kind").GetString()));
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
