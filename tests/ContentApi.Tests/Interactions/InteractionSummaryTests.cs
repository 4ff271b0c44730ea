using ContentApi.Interactions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Interactions;

/// <summary>The check's order and its summary, word for word: what a frontend shows a person.</summary>
[Collection(SharedApi.Name)]
public class InteractionSummaryTests(ContentApiFactory factory)
{
    private const string Advice = " Follow the guidance for each, and ask a pharmacist or doctor before combining them.";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSummaryNamesEveryInputItsInteractionsAndTheirGradesInOrder()
    {
        var answer = await _client.OkAsync<InteractionCheckResponse>(
            "/api/interactions/check?medications=omeprazole,Cipro,aspirin,water%20pill&conditions=pregnancy,kidney%20disease");

        Assert.Equal(
            "5 of 6 names call for caution with magnesium." +
            " pregnancy: Pregnancy or breastfeeding (intravenous magnesium) (major);" +
            " Pregnancy (intravenous magnesium sulfate for more than 5 to 7 days) (major); Pregnancy or breastfeeding (oral supplements) (minor)." +
            " kidney disease: Kidney disease or kidney failure (major)." +
            " omeprazole: Proton pump inhibitors (moderate)." +
            " Cipro: Quinolone antibiotics (moderate)." +
            " water pill: Loop and thiazide diuretics (moderate); Potassium-sparing diuretics (moderate)." +
            " Not recognized: aspirin." + Advice,
            answer.Summary);
        Assert.Equal("major", answer.HighestSeverity);
    }

    [Theory]
    [InlineData("omeprazole,Cipro,alendronate", new[] { "omeprazole", "Cipro", "alendronate" })]
    [InlineData("alendronate,Cipro,omeprazole", new[] { "alendronate", "Cipro", "omeprazole" })]
    [InlineData("Cipro,kidney%20failure,alendronate", new[] { "kidney failure", "Cipro", "alendronate" })]
    public async Task EqualGradesKeepTheOrderTheNamesWereGivenIn(string names, string[] order)
    {
        var medications = string.Join(',', names.Split(',').Where(name => !name.StartsWith("kidney", StringComparison.Ordinal)));
        var conditions = string.Join(',', names.Split(',').Where(name => name.StartsWith("kidney", StringComparison.Ordinal)));

        var answer = await _client.OkAsync<InteractionCheckResponse>($"/api/interactions/check?medications={medications}&conditions={conditions}");

        Assert.Equal(order, answer.Matches.Select(match => match.Input).ToArray());
    }

    [Fact]
    public async Task WithinOneNameInteractionsGoMostSevereFirstThenByIdentifier()
    {
        var answer = await _client.OkAsync<InteractionCheckResponse>("/api/interactions/check?conditions=pregnant");

        var interactions = Assert.Single(answer.Matches).Interactions
            .Select(interaction => (interaction.Id, interaction.Severity))
            .ToArray();
        Assert.Equal([(9, "major"), (12, "major"), (10, "minor")], interactions);
    }

    [Theory]
    [InlineData("medications=Cipro", "1 of 1 name calls for caution with magnesium. Cipro: Quinolone antibiotics (moderate)." + Advice)]
    [InlineData("medications=aspirin",
        "The name checked matches no known interaction with magnesium. Not recognized: aspirin. That does not prove they are safe together: ask a pharmacist or doctor.")]
    [InlineData("medications=aspirin,paracetamol",
        "None of the 2 names checked matches a known interaction with magnesium. Not recognized: aspirin, paracetamol. That does not prove they are safe together: ask a pharmacist or doctor.")]
    [InlineData("medications=Cipro,Cipro", "1 of 1 name calls for caution with magnesium. Cipro: Quinolone antibiotics (moderate)." + Advice)]
    public async Task SmallChecksSayTheirCountsInPlainWords(string query, string summary)
    {
        var answer = await _client.OkAsync<InteractionCheckResponse>($"/api/interactions/check?{query}");

        Assert.Equal(summary, answer.Summary);
    }
}

/// <summary>Grades rank major, moderate, minor: shown with a condition that only has a minor row (test data).</summary>
public sealed class InteractionGradeOrderTests : IDisposable
{
    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task AModerateMatchComesBeforeAMinorOneWhateverTheOrderGiven()
    {
        var client = _factory.CreateClient();
        await _factory.ExecuteSqlAsync(
            "INSERT INTO interaction_aliases (interaction_id, alias, alias_type) VALUES (10, 'test minor condition', 'condition');");

        // Given first, the minor one would lead if moderate ranked no higher than minor.
        var answer = await client.OkAsync<InteractionCheckResponse>("/api/interactions/check?conditions=test%20minor%20condition,bleeding%20disorder");

        var matches = answer.Matches.Select(match => (match.Input, match.Interactions[0].Severity)).ToArray();
        Assert.Equal([("bleeding disorder", "moderate"), ("test minor condition", "minor")], matches);
        Assert.Equal("moderate", answer.HighestSeverity);
    }

    public void Dispose() => _factory.Dispose();
}
