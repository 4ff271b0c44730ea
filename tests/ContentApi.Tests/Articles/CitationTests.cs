using ContentApi.Articles;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.Sources;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>facts.md §0: every source key is a servable source, exists, and backs the claim it sits on.</summary>
[Collection(SharedApi.Name)]
public class CitationTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryKeyTheArticleCitesIsAServableSourceThatTheSourcesEndpointServes()
    {
        var article = await ArticleAsync();
        var served = (await _client.OkAsync<PagedResponse<SourceResponse>>("/api/sources?pageSize=100")).Items.Select(source => source.Key).ToArray();
        var blockKeys = Blocks(article).Select(block => block.Block.SourceKey).OfType<string>().ToArray();
        var rowKeys = RowSourceKeys(article).ToArray();

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
        var article = await ArticleAsync();
        var cited = Blocks(article).Select(block => block.Block.SourceKey).OfType<string>()
            .Concat(RowSourceKeys(article))
            .ToHashSet();

        Assert.Equal(cited.Order(), Present(article.Sources).Select(source => source.Key).Order());
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
        var section = await SectionAsync(sectionKey);
        var block = Assert.Single(section.Blocks, block => Text(block).Contains(claim, StringComparison.Ordinal));

        Assert.Equal(expectedKey, block.SourceKey);
    }

    [Fact]
    public async Task NoBlockCreditsAPregnancyPageWithABreastfeedingClaim()
    {
        var article = await ArticleAsync();
        var breastfeeding = Blocks(article).Where(block => Text(block.Block).Contains("breastfeeding", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.NotEmpty(breastfeeding);
        Assert.All(breastfeeding, block => Assert.NotEqual("DRUGS-PREG", block.Block.SourceKey));
    }

    [Fact]
    public async Task AlternativeRemediesAreNotCreditedToTheOriginalArticle()
    {
        var article = await ArticleAsync();
        var habits = (await SectionAsync("other-remedies-for-rls")).Blocks.OfType<ListBlock>().Single();

        // The article's own list was lost; what is kept is this article's own advice, with no source key.
        Assert.Null(habits.SourceKey);
        Assert.Contains("Compression socks or leg wraps", Present(habits.Items));
        Assert.DoesNotContain(Present(article.Remedies), remedy => remedy.Source.Key == "HL");
    }

    [Fact]
    public async Task OnlyTheGuidelinesOwnRowsCarryAnEvidenceLevel()
    {
        var remedies = (await _client.OkAsync<PagedResponse<RemedyResponse>>("/api/remedies?pageSize=100")).Items;
        var graded = remedies.Where(remedy => remedy.EvidenceLevel is not null).ToArray();

        Assert.NotEmpty(graded);
        Assert.All(graded, remedy => Assert.Equal("AAN", remedy.Source.Key));
    }

    [Fact]
    public async Task RelatedArticlesSitInSectionsThatStillExist()
    {
        var article = await ArticleAsync();
        var keys = Present(article.Sections).Select(section => section.Key).ToArray();
        var placements = Present(article.RelatedArticles).ToDictionary(item => item.Title, item => item.SectionKey);

        Assert.All(placements.Values, key => Assert.Contains(key, keys));
        Assert.Equal("severe-side-effects", placements["Collagen Info"]);
        Assert.Equal("potential-risks", placements["Vitamin D3 Info"]);
    }

    private Task<ArticleResponse> ArticleAsync() => _client.OkAsync<ArticleResponse>(ArticleUrl);

    private Task<SectionResponse> SectionAsync(string key) => _client.OkAsync<SectionResponse>($"{ArticleUrl}/sections/{key}");

    private static IEnumerable<(string SectionKey, BlockResponse Block)> Blocks(ArticleResponse article) =>
        Present(article.Sections).SelectMany(section => section.Blocks.Select(block => (section.Key, block)));

    /// <summary>The source key of every row in the article's sourced collections: dose ranges, foods, interactions, side effects and remedies.</summary>
    private static IEnumerable<string> RowSourceKeys(ArticleResponse article) =>
        Present(article.DoseRanges).Select(row => row.Source)
            .Concat(Present(article.Foods).Select(row => row.Source))
            .Concat(Present(article.Interactions).Select(row => row.Source))
            .Concat(Present(article.SideEffects).Select(row => row.Source))
            .Concat(Present(article.Remedies).Select(row => row.Source))
            .Select(source => source.Key);

    /// <summary>A collection the whole article embeds; one left out fails the test.</summary>
    private static IReadOnlyList<T> Present<T>(IReadOnlyList<T>? collection)
    {
        Assert.NotNull(collection);
        return collection;
    }

    private static string Text(BlockResponse block) => BlockText.Of(block);
}
