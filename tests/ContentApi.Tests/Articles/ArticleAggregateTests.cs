using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

[Collection(SharedApi.Name)]
public class ArticleAggregateTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    // facts.md §0: the only sources that may be served.
    internal static readonly string[] AuthoritativeSourceKeys =
        ["ODS", "ODS-C", "HORNYAK", "COMELLA", "AAN", "ALLEN2011", "DAVIES1993", "MURDOCH1993", "MAYO", "FDA-LABEL", "DRUGS-PREG",
         "FDA-PPI", "LIAMIS2021", "HL"];

    private static readonly string[] SourcedCollections = ["doseRanges", "foods", "interactions", "sideEffects", "remedies"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ArticleCarriesItsMetadata()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);

        Assert.Equal("magnesium-for-restless-legs", article.GetProperty("slug").GetString());
        Assert.Equal("Magnesium for Restless Legs", article.GetProperty("title").GetString());
        Assert.Equal("Vitamins", article.GetProperty("category").GetString());
        Assert.Equal("published", article.GetProperty("status").GetString());
        // No image file exists until the media library does: null, not a URL that 404s.
        Assert.Equal(JsonValueKind.Null, article.GetProperty("heroImage").ValueKind);
        Assert.Contains("not medical advice", article.GetProperty("disclaimer").GetString());
        Assert.True(article.GetProperty("version").GetInt32() >= 1);
        Assert.True(article.GetProperty("nextReviewAt").GetDateTimeOffset() > article.GetProperty("lastReviewedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task SectionsComeInReadingOrderWithTheReviewedStructure()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var sections = article.GetProperty("sections").EnumerateArray().ToArray();

        Assert.Equal(Enumerable.Range(1, sections.Length), sections.Select(section => section.GetProperty("position").GetInt32()));
        Assert.Equal(
            ["What is restless legs syndrome?", "What does magnesium do in the body?", "Can magnesium help treat RLS?", "Side effects",
             "Severe side effects", "Forms and doses", "Foods with magnesium", "Potential risks", "Medicines that interact with magnesium",
             "Other remedies for RLS", "Conventional RLS treatments", "When to see a doctor", "Takeaway"],
            sections.Strings("heading"));
        Assert.All(sections, section => Assert.NotEmpty(section.GetProperty("blocks").EnumerateArray()));
    }

    [Theory]
    [InlineData("side-effects", "Nausea")]
    [InlineData("severe-side-effects", "Irregular heartbeat")]
    [InlineData("foods-with-magnesium", "Fatty fish, such as mackerel and salmon")]
    [InlineData("medicines-that-interact", "Quinolone antibiotics, such as ciprofloxacin and levofloxacin: take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium")]
    [InlineData("other-remedies-for-rls", "Compression socks or leg wraps")]
    [InlineData("conventional-rls-treatments", "Opioids, such as codeine, oxycodone, tramadol and hydrocodone")]
    public async Task ListsTheSeedLostAreRestored(string sectionKey, string expectedItem)
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/{sectionKey}");
        var lists = section.GetProperty("blocks").EnumerateArray().Where(block => block.GetProperty("type").GetString() == "list").ToArray();

        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.NotEmpty(list.GetProperty("items").EnumerateArray()));
        Assert.Contains(expectedItem, lists.SelectMany(list => list.GetProperty("items").EnumerateArray()).Select(item => item.GetString()));
    }

    [Fact]
    public async Task AdultSupplementalUpperLimitIs350Mg()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var adultUpperLimit = article.GetProperty("doseRanges").EnumerateArray().Single(range =>
            range.GetProperty("kind").GetString() == "UL" && range.GetProperty("lifeStage").GetString() == "general"
            && range.GetProperty("ageBand").GetProperty("minMonths").GetInt32() == 19 * 12);

        Assert.Equal(350, adultUpperLimit.GetProperty("amount").GetProperty("max").GetDouble());
        Assert.Equal("supplements-only", adultUpperLimit.GetProperty("appliesTo").GetString());
        Assert.Equal(JsonValueKind.Null, adultUpperLimit.GetProperty("ageBand").GetProperty("maxMonths").ValueKind);
        Assert.Equal("ODS", adultUpperLimit.GetProperty("source").GetProperty("key").GetString());
    }

    [Fact]
    public async Task PumpkinSeedsGive156MgAnd37PercentOfTheDailyValue()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var pumpkin = article.GetProperty("foods").EnumerateArray().Single(food => food.GetProperty("name").GetString() == "Pumpkin seeds, roasted");

        Assert.Equal("1 oz", pumpkin.GetProperty("serving").GetString());
        Assert.Equal(156, pumpkin.GetProperty("amountMg").GetDouble());
        Assert.Equal(37, pumpkin.GetProperty("percentDailyValue").GetInt32());
    }

    [Fact]
    public async Task QuinolonesAreSpacedTwoHoursBeforeOrFourToSixAfter()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var quinolones = article.GetProperty("interactions").EnumerateArray().Single(interaction => interaction.GetProperty("name").GetString() == "Quinolone antibiotics");
        var spacing = quinolones.GetProperty("spacing");

        Assert.Equal(2, spacing.GetProperty("medicineHoursBeforeMagnesium").GetDouble());
        Assert.Equal(4, spacing.GetProperty("medicineHoursAfterMagnesium").GetDouble());
        Assert.Equal(6, spacing.GetProperty("medicineHoursAfterMagnesiumUpTo").GetDouble());
        Assert.Contains("ciprofloxacin", quinolones.GetProperty("examples").EnumerateArray().Select(example => example.GetString()));
    }

    [Fact]
    public async Task InteractionsComeMostSevereFirst()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var ranks = article.GetProperty("interactions").EnumerateArray()
            .Select(interaction => Array.IndexOf(["major", "moderate", "minor"], interaction.GetProperty("severity").GetString())).ToArray();

        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task OnlyAuthoritativeSourcesAreServedAndEveryCitationResolves()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var served = article.GetProperty("sources").EnumerateArray().Strings("key");

        Assert.All(served, key => Assert.Contains(key, AuthoritativeSourceKeys));
        var cited = article.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("blocks").EnumerateArray())
            .Select(block => block.GetProperty("sourceKey").GetString())
            .OfType<string>()
            .Concat(SourcedCollections
                .SelectMany(collection => article.GetProperty(collection).EnumerateArray())
                .Select(item => item.GetProperty("source").GetProperty("key").GetString()!))
            .Distinct();
        Assert.All(cited, key => Assert.Contains(key, served));
    }

    [Theory]
    [InlineData("Stressed leg")]
    [InlineData("mendacity")]
    [InlineData("physique")]
    [InlineData("dietary supplements can scale back")]
    [InlineData("uncomfortable side effects")]
    [InlineData("abdomen upset")]
    [InlineData("270")]
    [InlineData("mmol")]
    [InlineData("sleep efficiency")]
    [InlineData("towards")]
    [InlineData("diarrhoea")]
    public async Task NoSpunWordingOrSeedOnlyFigureIsServed(string phrase)
    {
        using var response = await _client.GetAsync(ArticleUrl);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(phrase, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RelatedArticlesWithoutContentHaveNoLink()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var related = article.GetProperty("relatedArticles").EnumerateArray().ToArray();

        Assert.Equal(["Vitamin D 3 1000 Benefits", "Collagen Info", "Vitamin D3 Info"], related.Strings("title"));
        Assert.All(related, item =>
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("href").ValueKind);
            Assert.Equal(JsonValueKind.Null, item.GetProperty("slug").ValueKind);
        });
    }

    [Fact]
    public async Task SectionsEndpointMatchesTheAggregate()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var sections = await _client.OkJsonAsync($"{ArticleUrl}/sections");

        Assert.Equal(article.GetProperty("sections").GetRawText(), sections.GetRawText());
    }

    [Fact]
    public async Task UnknownSectionKeyReturnsProblemNamingIt()
    {
        var problem = await _client.GetProblemAsync($"{ArticleUrl}/sections/no-such-section", HttpStatusCode.NotFound);

        Assert.Contains("no-such-section", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SectionsOfUnknownArticleReturnProblemNamingIt()
    {
        var problem = await _client.GetProblemAsync("/api/articles/no-such-article/sections", HttpStatusCode.NotFound);

        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ArticleListLinksToTheWholeArticle()
    {
        var page = await _client.OkJsonAsync("/api/articles?category=vitamins");
        var summary = Assert.Single(page.Items());

        Assert.Equal("http://localhost" + ArticleUrl, summary.GetProperty("href").GetString());
        Assert.Equal(1, page.GetProperty("totalItems").GetInt32());
        Assert.False(summary.TryGetProperty("sections", out _));
        Assert.Empty((await _client.OkJsonAsync("/api/articles?category=minerals")).Items());
    }
}
