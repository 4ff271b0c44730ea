using System.Net;
using ContentApi.Interactions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Interactions;

[Collection(SharedApi.Name)]
public class InteractionCheckTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Cipro", "Cipro", "brand")]
    [InlineData("ciprofloxacin", "ciprofloxacin", "generic")]
    [InlineData("CIPROFLOXACIN", "ciprofloxacin", "generic")]
    [InlineData("Ciprofloxacín", "ciprofloxacin", "generic")]
    [InlineData("quinolone antibiotic", "quinolone antibiotic", "class")]
    [InlineData("Quinolone Antibiotics", "quinolone antibiotic", "class")]
    [InlineData("quinolone-antibiotic", "quinolone antibiotic", "class")]
    public async Task BrandGenericAndClassNamesAllFindTheQuinoloneEntry(string input, string matchedAs, string matchType)
    {
        var answer = await CheckAsync($"medications={Uri.EscapeDataString(input)}");
        var match = Assert.Single(answer.Matches);

        Assert.Equal(input, match.Input);
        Assert.Equal(matchedAs, match.MatchedAs);
        Assert.Equal(matchType, match.MatchType);
        var interaction = Assert.Single(match.Interactions);
        Assert.Equal("Quinolone antibiotics", interaction.Name);
        Assert.Equal(2, interaction.Spacing?.MedicineHoursBeforeMagnesium);
        Assert.False(string.IsNullOrEmpty(interaction.Mechanism));
        Assert.False(string.IsNullOrEmpty(interaction.Guidance));
    }

    [Theory]
    [InlineData("gentamicin", "generic", "Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("amikacin", "generic", "Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("Garamycin", "brand", "Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("Tobi", "brand", "Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("aminoglycoside antibiotics", "class", "Aminoglycoside antibiotics", "LIAMIS2021")]
    [InlineData("Dexilant", "brand", "Proton pump inhibitors", "FDA-PPI")]
    [InlineData("AcipHex", "brand", "Proton pump inhibitors", "FDA-PPI")]
    [InlineData("Zegerid", "brand", "Proton pump inhibitors", "FDA-PPI")]
    [InlineData("dexlansoprazole", "generic", "Proton pump inhibitors", "FDA-PPI")]
    [InlineData("rabeprazole", "generic", "Proton pump inhibitors", "FDA-PPI")]
    public async Task AminoglycosidesAndEveryPpiBrandAreRecognisedWithTheirSource(string input, string matchType, string interaction, string sourceKey)
    {
        var answer = await CheckAsync($"medications={Uri.EscapeDataString(input)}");
        var match = Assert.Single(answer.Matches);

        Assert.Empty(answer.Unmatched);
        Assert.Equal(matchType, match.MatchType);
        var found = Assert.Single(match.Interactions);
        Assert.Equal(interaction, found.Name);
        Assert.Equal(sourceKey, found.Source.Key);
        Assert.Equal("moderate", found.Severity);
    }

    [Theory]
    [InlineData("breastfeeding")]
    [InlineData("nursing")]
    [InlineData("lactation")]
    [InlineData("breast-feeding")]
    public async Task BreastfeedingReachesTheIntravenousAndTheOralRows(string condition)
    {
        var answer = await CheckAsync($"conditions={condition}");
        var names = Assert.Single(answer.Matches).Interactions.Select(interaction => interaction.Name).ToArray();

        Assert.Equal(["Pregnancy or breastfeeding (intravenous magnesium)", "Pregnancy or breastfeeding (oral supplements)"], names);
    }

    [Fact]
    public async Task PregnancyAlsoFindsThePregnancyPagesOwnWarning()
    {
        var answer = await CheckAsync("conditions=pregnant");
        var interactions = Assert.Single(answer.Matches).Interactions;

        Assert.Equal(3, interactions.Count);
        var prolonged = Assert.Single(interactions, interaction => interaction.Source.Key == "DRUGS-PREG");
        Assert.Contains("5 to 7 days", prolonged.Mechanism);
        Assert.DoesNotContain("breastfeeding", prolonged.Name);
    }

    [Fact]
    public async Task MatchesComeMostSevereFirstAndUnknownNamesAreListedNotRejected()
    {
        var answer = await CheckAsync("medications=Lasix,aspirin,Fosamax&conditions=kidney%20failure");
        var inputs = answer.Matches.Select(match => match.Input).ToArray();

        // Kidney disease is major; the diuretic and the bisphosphonate are both moderate, so they keep the order given.
        Assert.Equal(["kidney failure", "Lasix", "Fosamax"], inputs);
        Assert.Equal("aspirin", Assert.Single(answer.Unmatched).Input);
        Assert.Equal("major", answer.HighestSeverity);
        Assert.Equal(4, answer.Checked);
        var summary = answer.Summary;
        Assert.Contains("3 of 4", summary);
        Assert.Contains("aspirin", summary);
    }

    [Fact]
    public async Task NothingMatchedIsStillAnAnswer()
    {
        var answer = await CheckAsync("medications=aspirin,paracetamol");

        Assert.Empty(answer.Matches);
        Assert.Equal(2, answer.Unmatched.Count);
        Assert.Null(answer.HighestSeverity);
        Assert.Contains("does not prove", answer.Summary);
    }

    [Fact]
    public async Task AClassCanMatchSeveralInteractions()
    {
        var answer = await CheckAsync("medications=diuretics");
        var names = Assert.Single(answer.Matches).Interactions.Select(interaction => interaction.Name).ToArray();

        Assert.Equal(["Loop and thiazide diuretics", "Potassium-sparing diuretics"], names);
    }

    [Fact]
    public async Task MedicationsAndConditionsAreMatchedOnlyAgainstTheirOwnKind()
    {
        var answer = await CheckAsync("medications=pregnancy&conditions=Cipro");

        Assert.Empty(answer.Matches);
        Assert.Equal(["medication", "condition"], answer.Unmatched.Select(name => name.Kind).ToArray());
    }

    [Fact]
    public async Task RepeatedNamesAreCheckedOnce()
    {
        var answer = await CheckAsync("medications=Cipro,cipro,CIPRO");

        Assert.Equal(1, answer.Checked);
    }

    [Theory]
    [InlineData("", "medications")]
    [InlineData("medications=,,", "medications")]
    [InlineData("conditions=%20", "medications")]
    [InlineData("substance=zinc&medications=Cipro", "substance")]
    public async Task MissingNamesOrUnknownSubstanceAreRejected(string query, string field)
    {
        await _client.GetValidationErrorsAsync($"/api/interactions/check?{query}", field);
    }

    [Fact]
    public async Task MoreThanTwentyNamesAreRejected()
    {
        var names = string.Join(',', Enumerable.Range(1, 15).Select(i => $"drug{i}"));
        var conditions = string.Join(',', Enumerable.Range(1, 6).Select(i => $"condition{i}"));

        var problem = await _client.GetProblemAsync($"/api/interactions/check?medications={names}&conditions={conditions}", HttpStatusCode.BadRequest);

        Assert.Contains("20", problem.GetProperty("errors").GetProperty("medications")[0].GetString());
        await CheckAsync($"medications={names}&conditions={string.Join(',', Enumerable.Range(1, 5).Select(i => $"condition{i}"))}");
    }

    [Theory]
    [InlineData("medications")]
    [InlineData("conditions")]
    public async Task ANameLongerThan100CharactersIsRejected(string field)
    {
        var problem = await _client.GetProblemAsync($"/api/interactions/check?{field}=Cipro,{new string('x', 101)}", HttpStatusCode.BadRequest);

        Assert.Contains("100", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        await CheckAsync($"{field}={new string('x', 100)}");
    }

    private Task<InteractionCheckResponse> CheckAsync(string query) => _client.OkAsync<InteractionCheckResponse>($"/api/interactions/check?{query}");
}
