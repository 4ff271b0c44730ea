using System.Net;
using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

[Collection(SharedApi.Name)]
public class SearchTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SleepFindsTheSectionsThatTalkAboutIt()
    {
        var page = await SearchAsync("/api/search?q=sleep&type=section");
        var hits = page.Items;

        Assert.Contains(hits, hit => hit.Anchor == "takeaway");
        Assert.Contains(hits, hit => hit.Anchor == "what-is-restless-legs-syndrome");
        Assert.All(hits, hit =>
        {
            Assert.Equal("section", hit.Type);
            Assert.Equal("magnesium-for-restless-legs", hit.ArticleSlug);
            Assert.Equal($"http://localhost/api/articles/magnesium-for-restless-legs/sections/{hit.Anchor}", hit.Href);
            Assert.Contains("<mark>", hit.Snippet);
        });
    }

    [Fact]
    public async Task EveryHitLinkResolves()
    {
        var page = await SearchAsync("/api/search?q=magnesium&pageSize=100");

        Assert.True(page.TotalItems > 20);
        foreach (var href in page.Items.Select(hit => hit.Href).Distinct())
        {
            await _client.OkJsonAsync(href);
        }
    }

    [Fact]
    public async Task HeadingMatchesRankAboveBodyMatches()
    {
        var hits = (await SearchAsync("/api/search?q=side%20effects")).Items;

        Assert.Equal("Side effects", hits[0].Title);
        var scores = hits.Select(hit => hit.Score).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task StemmingAndAccentsAreIgnored()
    {
        var sleeping = await SearchAsync("/api/search?q=SLEEPING");
        var accented = await SearchAsync("/api/search?q=m%C3%A1gnesium%20d%C3%A9ficiency");

        Assert.NotEmpty(sleeping.Items);
        Assert.NotEmpty(accented.Items);
    }

    [Theory]
    [InlineData("magne%CC%81sium")]
    [InlineData("magn%C3%A9sium")]
    [InlineData("MAGNESIUM")]
    [InlineData("%EF%BD%8D%EF%BD%81%EF%BD%87%EF%BD%8E%EF%BD%85%EF%BD%93%EF%BD%89%EF%BD%95%EF%BD%8D")]
    public async Task DecomposedAccentsAndWideLettersFindWhatThePlainWordFinds(string q)
    {
        var plain = await SearchAsync("/api/search?q=magnesium&pageSize=100");

        var variant = await SearchAsync($"/api/search?q={q}&pageSize=100");

        Assert.True(plain.TotalItems > 0);
        Assert.Equal(plain.TotalItems, variant.TotalItems);
        Assert.Equal(plain.Items.Select(hit => hit.Href), variant.Items.Select(hit => hit.Href));
    }

    [Fact]
    public async Task BrandNamesFindTheirInteraction()
    {
        var hit = (await SearchAsync("/api/search?q=Nexium&type=interaction")).Items.Single();

        Assert.Equal("Proton pump inhibitors", hit.Title);
        Assert.Equal("http://localhost/api/interactions/6", hit.Href);
    }

    [Theory]
    [InlineData("food", "pumpkin")]
    [InlineData("side-effect", "diarrhea")]
    [InlineData("remedy", "opioids")]
    [InlineData("article", "restless legs")]
    public async Task TypeFilterReturnsOnlyThatType(string type, string q)
    {
        var page = await SearchAsync($"/api/search?q={Uri.EscapeDataString(q)}&type={type}");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, hit => Assert.Equal(type, hit.Type));
    }

    [Fact]
    public async Task ResultsArePaginatedWithLinkHeaders()
    {
        using var response = await _client.GetAsync("/api/search?q=magnesium&pageSize=5&page=2");
        var page = await response.Content.ReadAsync<PagedResponse<SearchHit>>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, page.Items.Count);
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
        var plain = await SearchAsync("/api/search?q=sleep");
        var withNot = await SearchAsync("/api/search?q=NOT%20sleep");

        Assert.True(withNot.TotalItems <= plain.TotalItems);
        // A record prints every member, as the hit's raw JSON held every member.
        Assert.All(withNot.Items, hit => Assert.Contains("sleep", hit.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("restless", "article")]
    [InlineData("sleep", "section")]
    [InlineData("seeds", "food")]
    [InlineData("antibiotics", "interaction")]
    [InlineData("nausea", "side-effect")]
    [InlineData("iron", "remedy")]
    public async Task EveryTypesHitsLinkToTheirResource(string q, string type)
    {
        var page = await SearchAsync($"/api/search?q={q}&type={type}");

        Assert.NotEmpty(page.Items);
        foreach (var hit in page.Items)
        {
            var resource = await _client.OkJsonAsync(hit.Href);
            var title = type switch { "section" => "heading", "article" => "title", _ => "name" };
            Assert.Equal(hit.Title, resource.GetProperty(title).GetString());
        }
    }

    private Task<PagedResponse<SearchHit>> SearchAsync(string url) => _client.OkAsync<PagedResponse<SearchHit>>(url);
}
