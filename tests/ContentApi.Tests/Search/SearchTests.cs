using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

[Collection(SharedApi.Name)]
public sealed class SearchTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SleepFindsTheSectionsThatTalkAboutIt()
    {
        var page = await _client.OkJsonAsync("/api/search?q=sleep&type=section");
        var hits = page.Items().ToArray();

        Assert.Contains(hits, hit => hit.GetProperty("anchor").GetString() == "takeaway");
        Assert.Contains(hits, hit => hit.GetProperty("anchor").GetString() == "what-is-restless-legs-syndrome");
        Assert.All(hits, hit =>
        {
            Assert.Equal("section", hit.GetProperty("type").GetString());
            Assert.Equal("magnesium-for-restless-legs", hit.GetProperty("articleSlug").GetString());
            Assert.Equal($"/api/articles/magnesium-for-restless-legs/sections/{hit.GetProperty("anchor").GetString()}", hit.GetProperty("href").GetString());
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        });
    }

    [Fact]
    public async Task EveryHitLinkResolves()
    {
        var page = await _client.OkJsonAsync("/api/search?q=magnesium&pageSize=100");

        Assert.True(page.GetProperty("totalItems").GetInt32() > 20);
        foreach (var href in page.Items().Select(hit => hit.GetProperty("href").GetString()!).Distinct())
        {
            await _client.OkJsonAsync(href);
        }
    }

    [Fact]
    public async Task HeadingMatchesRankAboveBodyMatches()
    {
        var hits = (await _client.OkJsonAsync("/api/search?q=side%20effects")).Items().ToArray();

        Assert.Equal("Side effects", hits[0].GetProperty("title").GetString());
        var scores = hits.Select(hit => hit.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task StemmingAndAccentsAreIgnored()
    {
        var sleeping = await _client.OkJsonAsync("/api/search?q=SLEEPING");
        var accented = await _client.OkJsonAsync("/api/search?q=m%C3%A1gnesium%20d%C3%A9ficiency");

        Assert.NotEmpty(sleeping.Items());
        Assert.NotEmpty(accented.Items());
    }

    [Theory]
    [InlineData("magne%CC%81sium")]
    [InlineData("magn%C3%A9sium")]
    [InlineData("MAGNESIUM")]
    [InlineData("%EF%BD%8D%EF%BD%81%EF%BD%87%EF%BD%8E%EF%BD%85%EF%BD%93%EF%BD%89%EF%BD%95%EF%BD%8D")]
    public async Task DecomposedAccentsAndWideLettersFindWhatThePlainWordFinds(string q)
    {
        var plain = await _client.OkJsonAsync("/api/search?q=magnesium&pageSize=100");

        var variant = await _client.OkJsonAsync($"/api/search?q={q}&pageSize=100");

        Assert.True(plain.GetProperty("totalItems").GetInt32() > 0);
        Assert.Equal(plain.GetProperty("totalItems").GetInt32(), variant.GetProperty("totalItems").GetInt32());
        Assert.Equal(plain.Items().Strings("href"), variant.Items().Strings("href"));
    }

    [Fact]
    public async Task BrandNamesFindTheirInteraction()
    {
        var hit = (await _client.OkJsonAsync("/api/search?q=Nexium&type=interaction")).Items().Single();

        Assert.Equal("Proton pump inhibitors", hit.GetProperty("title").GetString());
        Assert.Equal("/api/interactions/6", hit.GetProperty("href").GetString());
    }

    [Theory]
    [InlineData("food", "pumpkin")]
    [InlineData("side-effect", "diarrhea")]
    [InlineData("remedy", "opioids")]
    [InlineData("article", "restless legs")]
    public async Task TypeFilterReturnsOnlyThatType(string type, string q)
    {
        var page = await _client.OkJsonAsync($"/api/search?q={Uri.EscapeDataString(q)}&type={type}");

        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), hit => Assert.Equal(type, hit.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task ResultsArePaginatedWithLinkHeaders()
    {
        using var response = await _client.GetAsync("/api/search?q=magnesium&pageSize=5&page=2");
        var page = await response.Content.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.Contains("rel=\"prev\"", response.Headers.GetValues("Link").Single());
        Assert.Contains("q=magnesium", response.Headers.GetValues("Link").Single());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"sleep")]
    [InlineData("*")]
    [InlineData("sleep*")]
    [InlineData("NEAR")]
    [InlineData("NEAR(sleep legs)")]
    [InlineData("sleep NEAR/2 legs")]
    [InlineData("-")]
    [InlineData("-sleep")]
    [InlineData("(((")]
    [InlineData("sleep)")]
    [InlineData("sleep OR legs AND NOT magnesium")]
    [InlineData("title:sleep")]
    [InlineData("^sleep")]
    [InlineData("{title body}: sleep")]
    [InlineData("'; DROP TABLE foods; --")]
    [InlineData("😀")]
    [InlineData("sleep 😀 legs")]
    [InlineData("\u0000sleep")]
    [InlineData("\t \n")]
    public async Task HostileQueriesNeverCauseAServerError(string q)
    {
        using var response = await _client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q} gave {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await response.ProblemAsync(HttpStatusCode.BadRequest);
        }

        await _client.OkJsonAsync("/api/foods?pageSize=1");
    }

    [Fact]
    public async Task AThousandCharacterQueryIsAProblemNamingQ()
    {
        await _client.GetValidationErrorsAsync($"/api/search?q={new string('a', 1000)}", "q");
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=%F0%9F%98%80%F0%9F%98%80")]
    [InlineData("q=sleep&type=recipe")]
    public async Task EmptyOrWordlessQueriesAreProblems(string query)
    {
        var problem = await _client.GetProblemAsync($"/api/search?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task OperatorWordsAreSearchedAsPlainWords()
    {
        // "NOT" as a word, not an operator: searching "not sleep" must not exclude sleep hits.
        var plain = await _client.OkJsonAsync("/api/search?q=sleep");
        var withNot = await _client.OkJsonAsync("/api/search?q=NOT%20sleep");

        Assert.True(withNot.GetProperty("totalItems").GetInt32() <= plain.GetProperty("totalItems").GetInt32());
        Assert.All(withNot.Items(), hit => Assert.Contains("sleep", hit.GetRawText(), StringComparison.OrdinalIgnoreCase));
    }
}
