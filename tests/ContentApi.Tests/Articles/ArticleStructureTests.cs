using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>The structure and readability fixes of the editorial review (issue 8).</summary>
[Collection(SharedApi.Name)]
public class ArticleStructureTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WhenToSeeADoctorComesBeforeTheTakeawayAndSendsSignsOfTooMuchMagnesiumForUrgentHelp()
    {
        var article = await _client.OkAsync<ArticleResponse>(ArticleUrl);
        Assert.NotNull(article.Sections);
        var keys = article.Sections.Select(section => section.Key).ToArray();
        var section = await SectionAsync("when-to-see-a-doctor");
        var blocks = section.Blocks;

        Assert.Equal("When to see a doctor", section.Heading);
        Assert.Equal(Array.IndexOf(keys, "takeaway") - 1, Array.IndexOf(keys, "when-to-see-a-doctor"));
        var urgent = Assert.Single(blocks, block => (BlockText.Lead(block) ?? "").Contains("urgent medical help", StringComparison.Ordinal));
        Assert.IsType<ListBlock>(urgent);
        Assert.Equal("ODS", urgent.SourceKey);
        Assert.Contains("Muscle weakness", Items(urgent));
        Assert.Contains("Difficulty breathing", Items(urgent));
        var beforeStarting = Assert.Single(blocks, block => (BlockText.Lead(block) ?? "").StartsWith("Talk to a doctor or pharmacist before", StringComparison.Ordinal));
        Assert.Contains(Items(beforeStarting), item => item.Contains("kidney disease", StringComparison.Ordinal));
        Assert.Contains(Items(beforeStarting), item => item.Contains("pregnant or breastfeeding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChildrensUpperLimitsAreInTheProseAsWellAsTheRows()
    {
        var section = await SectionAsync("forms-and-doses");
        var limits = Assert.Single(section.Blocks, block => BlockText.Lead(block)!.Contains("upper limit", StringComparison.Ordinal));
        var text = BlockText.Lead(limits)!;

        Assert.Contains("65 mg a day for children aged 1 to 3", text);
        Assert.Contains("110 mg for children aged 4 to 8", text);
        Assert.Contains("350 mg from age 9", text);
        Assert.Contains("antacids and laxatives", text);
        Assert.Equal("ODS", limits.SourceKey);
    }

    [Theory]
    [InlineData("Oral bisphosphonates", "at least 2 hours before or after magnesium")]
    [InlineData("Tetracycline antibiotics", "at least 2 hours before, or 4 to 6 hours after, magnesium")]
    [InlineData("Quinolone antibiotics", "at least 2 hours before, or 4 to 6 hours after, magnesium")]
    public async Task TheProseListOfInteractingMedicinesGivesTheSpacingHours(string medicine, string spacing)
    {
        var section = await SectionAsync("medicines-that-interact");
        var items = section.Blocks.Where(block => block is ListBlock).SelectMany(Items);

        var item = Assert.Single(items, item => item.StartsWith(medicine, StringComparison.Ordinal));
        Assert.EndsWith(spacing, item);
    }

    [Theory]
    [InlineData("irregular heartbeat")]
    [InlineData("low blood pressure")]
    [InlineData("breathing")]
    [InlineData("confusion")]
    public async Task SevereSideEffectsNameEachSignInOnlyOneBlock(string sign)
    {
        var section = await SectionAsync("severe-side-effects");
        var blocks = section.Blocks;
        var items = blocks.Where(block => block is ListBlock).SelectMany(Items).ToArray();

        Assert.Single(blocks, block => Text(block).Contains(sign, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(items.Length, items.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task MagnesiumsRoleInTheBodyHasItsOwnSection()
    {
        var section = await SectionAsync("what-magnesium-does");
        var block = Assert.Single(section.Blocks);

        Assert.Equal("What does magnesium do in the body?", section.Heading);
        Assert.Contains("biochemical reactions", BlockText.Lead(block));
        Assert.Equal("HL", block.SourceKey);
    }

    [Fact]
    public async Task TheStudyIsDescribedWithoutUnexplainedUnitsOrTerms()
    {
        var section = await SectionAsync("can-magnesium-help-treat-rls");
        var study = Assert.Single(section.Blocks, block => block.SourceKey == "HORNYAK");
        var text = BlockText.Lead(study)!;

        Assert.Contains("about 301 mg", text);
        Assert.Contains("more of their time in bed asleep (85% of it, up from 75%)", text);
        Assert.DoesNotContain("mmol", text);
        Assert.DoesNotContain("efficiency", text);
    }

    private Task<SectionResponse> SectionAsync(string key) => _client.OkAsync<SectionResponse>($"{ArticleUrl}/sections/{key}");

    /// <summary>A list block's items; a block of another type fails the test.</summary>
    private static IReadOnlyList<string> Items(BlockResponse block) => Assert.IsType<ListBlock>(block).Items;

    private static string Text(BlockResponse block) => BlockText.Of(block);
}
