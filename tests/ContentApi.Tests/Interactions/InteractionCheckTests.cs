using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Interactions;

[Collection(SharedApi.Name)]
public sealed class InteractionCheckTests(ContentApiFactory factory)
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
        var match = Assert.Single(answer.GetProperty("matches").EnumerateArray());

        Assert.Equal(input, match.GetProperty("input").GetString());
        Assert.Equal(matchedAs, match.GetProperty("matchedAs").GetString());
        Assert.Equal(matchType, match.GetProperty("matchType").GetString());
        var interaction = Assert.Single(match.GetProperty("interactions").EnumerateArray());
        Assert.Equal("Quinolone antibiotics", interaction.GetProperty("name").GetString());
        Assert.Equal(2, interaction.GetProperty("spacing").GetProperty("medicineHoursBeforeMagnesium").GetDouble());
        Assert.False(string.IsNullOrEmpty(interaction.GetProperty("mechanism").GetString()));
        Assert.False(string.IsNullOrEmpty(interaction.GetProperty("guidance").GetString()));
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
        var match = Assert.Single(answer.GetProperty("matches").EnumerateArray());

        Assert.Empty(answer.GetProperty("unmatched").EnumerateArray());
        Assert.Equal(matchType, match.GetProperty("matchType").GetString());
        var found = Assert.Single(match.GetProperty("interactions").EnumerateArray());
        Assert.Equal(interaction, found.GetProperty("name").GetString());
        Assert.Equal(sourceKey, found.GetProperty("source").GetProperty("key").GetString());
        Assert.Equal("moderate", found.GetProperty("severity").GetString());
    }

    [Theory]
    [InlineData("breastfeeding")]
    [InlineData("nursing")]
    [InlineData("lactation")]
    [InlineData("breast-feeding")]
    public async Task BreastfeedingReachesTheIntravenousAndTheOralRows(string condition)
    {
        var answer = await CheckAsync($"conditions={condition}");
        var names = Assert.Single(answer.GetProperty("matches").EnumerateArray()).GetProperty("interactions").EnumerateArray()
            .Select(interaction => interaction.GetProperty("name").GetString()!).ToArray();

        Assert.Equal(["Pregnancy or breastfeeding (intravenous magnesium)", "Pregnancy or breastfeeding (oral supplements)"], names);
    }

    [Fact]
    public async Task PregnancyAlsoFindsThePregnancyPagesOwnWarning()
    {
        var answer = await CheckAsync("conditions=pregnant");
        var interactions = Assert.Single(answer.GetProperty("matches").EnumerateArray()).GetProperty("interactions").EnumerateArray().ToArray();

        Assert.Equal(3, interactions.Length);
        var prolonged = Assert.Single(interactions, interaction => interaction.GetProperty("source").GetProperty("key").GetString() == "DRUGS-PREG");
        Assert.Contains("5 to 7 days", prolonged.GetProperty("mechanism").GetString());
        Assert.DoesNotContain("breastfeeding", prolonged.GetProperty("name").GetString());
    }

    [Fact]
    public async Task MatchesComeMostSevereFirstAndUnknownNamesAreListedNotRejected()
    {
        var answer = await CheckAsync("medications=Lasix,aspirin,Fosamax&conditions=kidney%20failure");
        var inputs = answer.GetProperty("matches").EnumerateArray().Select(match => match.GetProperty("input").GetString()!).ToArray();

        // Kidney disease is major; the diuretic and the bisphosphonate are both moderate, so they keep the order given.
        Assert.Equal(["kidney failure", "Lasix", "Fosamax"], inputs);
        Assert.Equal("aspirin", Assert.Single(answer.GetProperty("unmatched").EnumerateArray()).GetProperty("input").GetString());
        Assert.Equal("major", answer.GetProperty("highestSeverity").GetString());
        Assert.Equal(4, answer.GetProperty("checked").GetInt32());
        var summary = answer.GetProperty("summary").GetString()!;
        Assert.Contains("3 of 4", summary);
        Assert.Contains("aspirin", summary);
    }

    [Fact]
    public async Task NothingMatchedIsStillAnAnswer()
    {
        var answer = await CheckAsync("medications=aspirin,paracetamol");

        Assert.Empty(answer.GetProperty("matches").EnumerateArray());
        Assert.Equal(2, answer.GetProperty("unmatched").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("highestSeverity").ValueKind);
        Assert.Contains("does not prove", answer.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task AClassCanMatchSeveralInteractions()
    {
        var answer = await CheckAsync("medications=diuretics");
        var names = Assert.Single(answer.GetProperty("matches").EnumerateArray()).GetProperty("interactions").EnumerateArray()
            .Select(interaction => interaction.GetProperty("name").GetString()!).ToArray();

        Assert.Equal(["Loop and thiazide diuretics", "Potassium-sparing diuretics"], names);
    }

    [Fact]
    public async Task MedicationsAndConditionsAreMatchedOnlyAgainstTheirOwnKind()
    {
        var answer = await CheckAsync("medications=pregnancy&conditions=Cipro");

        Assert.Empty(answer.GetProperty("matches").EnumerateArray());
        Assert.Equal(["medication", "condition"], answer.GetProperty("unmatched").EnumerateArray().Select(name => name.GetProperty("kind").GetString()!).ToArray());
    }

    [Fact]
    public async Task RepeatedNamesAreCheckedOnce()
    {
        var answer = await CheckAsync("medications=Cipro,cipro,CIPRO");

        Assert.Equal(1, answer.GetProperty("checked").GetInt32());
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

    private Task<JsonElement> CheckAsync(string query) => _client.OkJsonAsync($"/api/interactions/check?{query}");
}
