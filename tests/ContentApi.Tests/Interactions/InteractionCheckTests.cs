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

    [Fact]
    public async Task MatchesComeMostSevereFirstAndUnknownNamesAreListedNotRejected()
    {
        var answer = await CheckAsync("medications=Lasix,aspirin,Fosamax&conditions=kidney%20failure");
        var inputs = answer.GetProperty("matches").EnumerateArray().Select(match => match.GetProperty("input").GetString()!).ToArray();

        Assert.Equal(["kidney failure", "Fosamax", "Lasix"], inputs);
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

        Assert.Equal(["Potassium-sparing diuretics", "Loop and thiazide diuretics"], names);
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
