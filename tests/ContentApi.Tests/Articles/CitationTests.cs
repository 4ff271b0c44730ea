using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>facts.md §0: every source key is a servable source, exists, and backs the claim it sits on.</summary>
[Collection(SharedApi.Name)]
public sealed class CitationTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private static readonly string[] SourcedCollections = ["doseRanges", "foods", "interactions", "sideEffects", "remedies"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryKeyTheArticleCitesIsAServableSourceThatTheSourcesEndpointServes()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var served = (await _client.OkJsonAsync("/api/sources?pageSize=100")).Items().Strings("key");
        var blockKeys = Blocks(article).Select(block => block.Block.GetProperty("sourceKey").GetString()).OfType<string>().ToArray();
        var rowKeys = SourcedCollections
            .SelectMany(collection => article.GetProperty(collection).EnumerateArray())
            .Select(item => item.GetProperty("source").GetProperty("key").GetString()!)
            .ToArray();

        Assert.NotEmpty(blockKeys);
        Assert.NotEmpty(rowKeys);
        Assert.All(blockKeys.Concat(rowKeys), key =>
        {
            Assert.Contains(key, ArticleAggregateTests.AuthoritativeSourceKeys);
            Assert.Contains(key, served);
        });
        Assert.All(served, key => Assert.Contains(key, ArticleAggregateTests.AuthoritativeSourceKeys));
    }

    [Fact]
    public async Task EverySourceInTheArticlesListIsCitedByTheArticle()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var cited = Blocks(article).Select(block => block.Block.GetProperty("sourceKey").GetString()).OfType<string>()
            .Concat(SourcedCollections.SelectMany(collection => article.GetProperty(collection).EnumerateArray())
                .Select(item => item.GetProperty("source").GetProperty("key").GetString()!))
            .ToHashSet();

        Assert.Equal(cited.Order(), article.GetProperty("sources").EnumerateArray().Strings("key").Order());
    }

    /// <summary>The citations the editorial review corrected (issue 8), each checked against the block that states the claim.</summary>
    [Theory]
    [InlineData("what-is-restless-legs-syndrome", "disorder of the nervous system", "HL")]
    [InlineData("what-is-restless-legs-syndrome", "Willis-Ekbom", "MAYO")]
    [InlineData("can-magnesium-help-treat-rls", "magnesium deficiency", "HL")]
    [InlineData("can-magnesium-help-treat-rls", "10 patients", "HORNYAK")]
    [InlineData("forms-and-doses", "magnesium oxide is the most common form", "HL")]
    [InlineData("forms-and-doses", "241.3 mg", "FDA-LABEL")]
    [InlineData("potential-risks", "may not be safe during pregnancy or breastfeeding", "HL")]
    [InlineData("potential-risks", "5 to 7 days", "DRUGS-PREG")]
    [InlineData("potential-risks", "kidney failure", "HL")]
    [InlineData("medicines-that-interact", "Loop diuretics", "LIAMIS2021")]
    [InlineData("medicines-that-interact", "prescription PPIs taken for a long time", "FDA-PPI")]
    [InlineData("medicines-that-interact", "amiloride and spironolactone", "MURDOCH1993")]
    [InlineData("medicines-that-interact", "tend to raise magnesium levels", "DAVIES1993")]
    [InlineData("conventional-rls-treatments", "level A", "AAN")]
    [InlineData("conventional-rls-treatments", "spread to the arms", "COMELLA")]
    [InlineData("conventional-rls-treatments", "8% a year", "ALLEN2011")]
    [InlineData("takeaway", "lack of magnesium can contribute", "HL")]
    public async Task EachClaimSitsUnderTheSourceThatBacksIt(string sectionKey, string claim, string expectedKey)
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/{sectionKey}");
        var block = Assert.Single(section.GetProperty("blocks").EnumerateArray(), block => Text(block).Contains(claim, StringComparison.Ordinal));

        Assert.Equal(expectedKey, block.GetProperty("sourceKey").GetString());
    }

    [Fact]
    public async Task NoBlockCreditsAPregnancyPageWithABreastfeedingClaim()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var breastfeeding = Blocks(article).Where(block => Text(block.Block).Contains("breastfeeding", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.NotEmpty(breastfeeding);
        Assert.All(breastfeeding, block => Assert.NotEqual("DRUGS-PREG", block.Block.GetProperty("sourceKey").GetString()));
    }

    [Fact]
    public async Task AlternativeRemediesAreNotCreditedToTheOriginalArticle()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var habits = (await _client.OkJsonAsync($"{ArticleUrl}/sections/other-remedies-for-rls")).GetProperty("blocks").EnumerateArray()
            .Single(block => block.GetProperty("type").GetString() == "list");

        // The article's own list was lost; what is kept is this article's own advice, with no source key.
        Assert.Equal(JsonValueKind.Null, habits.GetProperty("sourceKey").ValueKind);
        Assert.Contains("Compression socks or leg wraps", habits.GetProperty("items").EnumerateArray().Select(item => item.GetString()));
        Assert.DoesNotContain(article.GetProperty("remedies").EnumerateArray(),
            remedy => remedy.GetProperty("source").GetProperty("key").GetString() == "HL");
    }

    [Fact]
    public async Task OnlyTheGuidelinesOwnRowsCarryAnEvidenceLevel()
    {
        var remedies = (await _client.OkJsonAsync("/api/remedies?pageSize=100")).Items().ToArray();
        var graded = remedies.Where(remedy => remedy.GetProperty("evidenceLevel").ValueKind != JsonValueKind.Null).ToArray();

        Assert.NotEmpty(graded);
        Assert.All(graded, remedy => Assert.Equal("AAN", remedy.GetProperty("source").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task RelatedArticlesSitInSectionsThatStillExist()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var keys = article.GetProperty("sections").EnumerateArray().Strings("key");
        var placements = article.GetProperty("relatedArticles").EnumerateArray()
            .ToDictionary(item => item.GetProperty("title").GetString()!, item => item.GetProperty("sectionKey").GetString()!);

        Assert.All(placements.Values, key => Assert.Contains(key, keys));
        Assert.Equal("severe-side-effects", placements["Collagen Info"]);
        Assert.Equal("potential-risks", placements["Vitamin D3 Info"]);
    }

    private static IEnumerable<(string SectionKey, JsonElement Block)> Blocks(JsonElement article) =>
        article.GetProperty("sections").EnumerateArray().SelectMany(section =>
            section.GetProperty("blocks").EnumerateArray().Select(block => (section.GetProperty("key").GetString()!, block)));

    private static string Text(JsonElement block) =>
        string.Join(' ', new[] { block.GetProperty("text").GetString() ?? "" }
            .Concat(block.TryGetProperty("items", out var items) ? items.EnumerateArray().Select(item => item.GetString()!) : []));
}
