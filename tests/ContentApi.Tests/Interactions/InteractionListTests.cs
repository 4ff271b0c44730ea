using System.Net;
using ContentApi.Interactions;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Interactions;

[Collection(SharedApi.Name)]
public class InteractionListTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("cipro", "Quinolone antibiotics")]
    [InlineData("DOXY", "Tetracycline antibiotics")]
    [InlineData("proton pump", "Proton pump inhibitors")]
    [InlineData("kidney", "Kidney disease or kidney failure")]
    public async Task NameMatchesNameClassOrExampleCaseInsensitively(string name, string expected)
    {
        var page = await ListAsync($"/api/interactions?name={Uri.EscapeDataString(name)}");

        Assert.Equal([expected], page.Items.Select(item => item.Name));
    }

    [Fact]
    public async Task KindFilterSeparatesConditionsFromMedications()
    {
        var conditions = await ListAsync("/api/interactions?kind=condition");
        var medications = await ListAsync("/api/interactions?kind=medication");

        Assert.All(conditions.Items, item => Assert.Equal("condition", item.Kind));
        Assert.All(medications.Items, item => Assert.Equal("medication", item.Kind));
        var total = (await ListAsync("/api/interactions")).TotalItems;
        Assert.Equal(total, conditions.TotalItems + medications.TotalItems);
    }

    [Fact]
    public async Task SeverityFilterAndSortAgree()
    {
        var major = await ListAsync("/api/interactions?severity=major");
        var bySeverity = await ListAsync("/api/interactions?sort=severity&pageSize=100");

        Assert.NotEmpty(major.Items);
        Assert.All(major.Items, item => Assert.Equal("major", item.Severity));
        Assert.Equal("minor", bySeverity.Items[0].Severity);
        Assert.Equal("major", bySeverity.Items[^1].Severity);
    }

    [Fact]
    public async Task ConditionsWithoutATimingHaveNoSpacing()
    {
        var bleeding = Assert.Single((await ListAsync("/api/interactions?name=bleeding")).Items);

        Assert.Null(bleeding.Spacing);
        Assert.Empty(bleeding.Examples);
    }

    [Theory]
    [InlineData("Proton pump inhibitors", "FDA-PPI")]
    [InlineData("Loop and thiazide diuretics", "LIAMIS2021")]
    [InlineData("Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("Potassium-sparing diuretics", "DAVIES1993")]
    [InlineData("Quinolone antibiotics", "ODS")]
    public async Task EachInteractionCitesTheSourceTheFactsSheetGivesForIt(string name, string sourceKey)
    {
        var page = await ListAsync("/api/interactions?pageSize=100");
        var interaction = Assert.Single(page.Items, item => item.Name == name);

        Assert.Equal(sourceKey, interaction.Source.Key);
    }

    [Fact]
    public async Task SeverityFollowsTheDocumentedEditorialRule()
    {
        var interactions = (await ListAsync("/api/interactions?pageSize=100")).Items;

        // Spacing is a precaution that lets the two go together: moderate.
        Assert.All(interactions.Where(item => item.Spacing is not null),
            item => Assert.Equal("moderate", item.Severity));
        // Asking a clinician or having levels checked is also moderate.
        Assert.All(interactions.Where(item => item.Guidance.StartsWith("Ask a clinician", StringComparison.Ordinal)),
            item => Assert.Equal("moderate", item.Severity));
        // Only with a doctor's care or decision: major.
        Assert.All(interactions.Where(item => item.Guidance.Contains("doctor's care", StringComparison.Ordinal)
                                              || item.Guidance.Contains("doctor to decide", StringComparison.Ordinal)
                                              || item.Guidance.StartsWith("Only a doctor", StringComparison.Ordinal)),
            item => Assert.Equal("major", item.Severity));
        // Minor means nothing beyond the usual upper limit.
        var minor = Assert.Single(interactions, item => item.Severity == "minor");
        Assert.Contains("350 mg", minor.Guidance);
        Assert.Equal(3, interactions.Count(item => item.Severity == "major"));
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
        var interaction = await _client.OkAsync<InteractionResponse>("/api/interactions/1");

        Assert.Equal(["alendronate"], interaction.Examples);
        await _client.GetProblemAsync("/api/interactions/0", HttpStatusCode.NotFound);
    }

    private Task<PagedResponse<InteractionResponse>> ListAsync(string url) => _client.OkAsync<PagedResponse<InteractionResponse>>(url);
}
