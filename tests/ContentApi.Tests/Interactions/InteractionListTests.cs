using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Interactions;

[Collection(SharedApi.Name)]
public sealed class InteractionListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("cipro", "Quinolone antibiotics")]
    [InlineData("DOXY", "Tetracycline antibiotics")]
    [InlineData("proton pump", "Proton pump inhibitors")]
    [InlineData("kidney", "Kidney disease or kidney failure")]
    public async Task NameMatchesNameClassOrExampleCaseInsensitively(string name, string expected)
    {
        var page = await _client.OkJsonAsync($"/api/interactions?name={Uri.EscapeDataString(name)}");

        Assert.Equal([expected], page.Items().Strings("name"));
    }

    [Fact]
    public async Task KindFilterSeparatesConditionsFromMedications()
    {
        var conditions = await _client.OkJsonAsync("/api/interactions?kind=condition");
        var medications = await _client.OkJsonAsync("/api/interactions?kind=medication");

        Assert.All(conditions.Items(), item => Assert.Equal("condition", item.GetProperty("kind").GetString()));
        Assert.All(medications.Items(), item => Assert.Equal("medication", item.GetProperty("kind").GetString()));
        var total = (await _client.OkJsonAsync("/api/interactions")).GetProperty("totalItems").GetInt32();
        Assert.Equal(total, conditions.GetProperty("totalItems").GetInt32() + medications.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task SeverityFilterAndSortAgree()
    {
        var major = await _client.OkJsonAsync("/api/interactions?severity=major");
        var bySeverity = await _client.OkJsonAsync("/api/interactions?sort=severity&pageSize=100");

        Assert.NotEmpty(major.Items());
        Assert.All(major.Items(), item => Assert.Equal("major", item.GetProperty("severity").GetString()));
        Assert.Equal("minor", bySeverity.Items().First().GetProperty("severity").GetString());
        Assert.Equal("major", bySeverity.Items().Last().GetProperty("severity").GetString());
    }

    [Fact]
    public async Task ConditionsWithoutATimingHaveNoSpacing()
    {
        var bleeding = Assert.Single((await _client.OkJsonAsync("/api/interactions?name=bleeding")).Items());

        Assert.Equal(System.Text.Json.JsonValueKind.Null, bleeding.GetProperty("spacing").ValueKind);
        Assert.Empty(bleeding.GetProperty("examples").EnumerateArray());
    }

    [Theory]
    [InlineData("Proton pump inhibitors", "FDA-PPI")]
    [InlineData("Loop and thiazide diuretics", "LIAMIS2021")]
    [InlineData("Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("Potassium-sparing diuretics", "DAVIES1993")]
    [InlineData("Quinolone antibiotics", "ODS")]
    public async Task EachInteractionCitesTheSourceTheFactsSheetGivesForIt(string name, string sourceKey)
    {
        var page = await _client.OkJsonAsync("/api/interactions?pageSize=100");
        var interaction = Assert.Single(page.Items(), item => item.GetProperty("name").GetString() == name);

        Assert.Equal(sourceKey, interaction.GetProperty("source").GetProperty("key").GetString());
    }

    [Fact]
    public async Task SeverityFollowsTheDocumentedEditorialRule()
    {
        var interactions = (await _client.OkJsonAsync("/api/interactions?pageSize=100")).Items().ToArray();

        // Spacing is a precaution that lets the two go together: moderate.
        Assert.All(interactions.Where(item => item.GetProperty("spacing").ValueKind != System.Text.Json.JsonValueKind.Null),
            item => Assert.Equal("moderate", item.GetProperty("severity").GetString()));
        // Asking a clinician or having levels checked is also moderate.
        Assert.All(interactions.Where(item => item.GetProperty("guidance").GetString()!.StartsWith("Ask a clinician", StringComparison.Ordinal)),
            item => Assert.Equal("moderate", item.GetProperty("severity").GetString()));
        // Only with a doctor's care or decision: major.
        Assert.All(interactions.Where(item => item.GetProperty("guidance").GetString()!.Contains("doctor's care", StringComparison.Ordinal)
                                              || item.GetProperty("guidance").GetString()!.Contains("doctor to decide", StringComparison.Ordinal)
                                              || item.GetProperty("guidance").GetString()!.StartsWith("Only a doctor", StringComparison.Ordinal)),
            item => Assert.Equal("major", item.GetProperty("severity").GetString()));
        // Minor means nothing beyond the usual upper limit.
        var minor = Assert.Single(interactions, item => item.GetProperty("severity").GetString() == "minor");
        Assert.Contains("350 mg", minor.GetProperty("guidance").GetString());
        Assert.Equal(3, interactions.Count(item => item.GetProperty("severity").GetString() == "major"));
    }

    [Fact]
    public async Task TheOpenApiDocumentSaysSeverityIsThisApisEditorialGrade()
    {
        var document = await _client.OkJsonAsync("/swagger/v1/swagger.json");
        var description = document.GetProperty("components").GetProperty("schemas").GetProperty("InteractionResponse")
            .GetProperty("properties").GetProperty("severity").GetProperty("description").GetString()!;

        Assert.Contains("editorial grade, not a source's", description);
        Assert.Contains("major", description);
        Assert.Contains("moderate", description);
        Assert.Contains("minor", description);
    }

    [Fact]
    public async Task TooLongNameIsRejected()
    {
        await _client.GetValidationErrorsAsync($"/api/interactions?name={new string('a', 101)}", "name");
    }

    [Fact]
    public async Task OneInteractionIsServedByIdWithExamples()
    {
        var interaction = await _client.OkJsonAsync("/api/interactions/1");

        Assert.Equal(["alendronate"], interaction.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToArray());
        await _client.GetProblemAsync("/api/interactions/0", HttpStatusCode.NotFound);
    }
}
