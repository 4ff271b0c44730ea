using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Articles;

/// <summary>The structure and readability fixes of the editorial review (issue 8).</summary>
[Collection(SharedApi.Name)]
public sealed class ArticleStructureTests(ContentApiFactory factory)
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WhenToSeeADoctorComesBeforeTheTakeawayAndSendsSignsOfTooMuchMagnesiumForUrgentHelp()
    {
        var article = await _client.OkJsonAsync(ArticleUrl);
        var keys = article.GetProperty("sections").EnumerateArray().Strings("key");
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/when-to-see-a-doctor");
        var blocks = section.GetProperty("blocks").EnumerateArray().ToArray();

        Assert.Equal("When to see a doctor", section.GetProperty("heading").GetString());
        Assert.Equal(Array.IndexOf(keys, "takeaway") - 1, Array.IndexOf(keys, "when-to-see-a-doctor"));
        var urgent = Assert.Single(blocks, block => (block.GetProperty("text").GetString() ?? "").Contains("urgent medical help", StringComparison.Ordinal));
        Assert.Equal("list", urgent.GetProperty("type").GetString());
        Assert.Equal("ODS", urgent.GetProperty("sourceKey").GetString());
        Assert.Contains("Muscle weakness", Items(urgent));
        Assert.Contains("Difficulty breathing", Items(urgent));
        var beforeStarting = Assert.Single(blocks, block => (block.GetProperty("text").GetString() ?? "").StartsWith("Talk to a doctor or pharmacist before", StringComparison.Ordinal));
        Assert.Contains(Items(beforeStarting), item => item.Contains("kidney disease", StringComparison.Ordinal));
        Assert.Contains(Items(beforeStarting), item => item.Contains("pregnant or breastfeeding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChildrensUpperLimitsAreInTheProseAsWellAsTheRows()
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/forms-and-doses");
        var limits = Assert.Single(section.GetProperty("blocks").EnumerateArray(),
            block => block.GetProperty("text").GetString()!.Contains("upper limit", StringComparison.Ordinal));
        var text = limits.GetProperty("text").GetString()!;

        Assert.Contains("65 mg a day for children aged 1 to 3", text);
        Assert.Contains("110 mg for children aged 4 to 8", text);
        Assert.Contains("350 mg from age 9", text);
        Assert.Contains("antacids and laxatives", text);
        Assert.Equal("ODS", limits.GetProperty("sourceKey").GetString());
    }

    [Theory]
    [InlineData("Oral bisphosphonates", "at least 2 hours before or after magnesium")]
    [InlineData("Tetracycline antibiotics", "at least 2 hours before, or 4 to 6 hours after, magnesium")]
    [InlineData("Quinolone antibiotics", "at least 2 hours before, or 4 to 6 hours after, magnesium")]
    public async Task TheProseListOfInteractingMedicinesGivesTheSpacingHours(string medicine, string spacing)
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/medicines-that-interact");
        var items = section.GetProperty("blocks").EnumerateArray().Where(block => block.GetProperty("type").GetString() == "list").SelectMany(Items);

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
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/severe-side-effects");
        var blocks = section.GetProperty("blocks").EnumerateArray().ToArray();
        var items = blocks.Where(block => block.GetProperty("type").GetString() == "list").SelectMany(Items).ToArray();

        Assert.Single(blocks, block => Text(block).Contains(sign, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(items.Length, items.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task MagnesiumsRoleInTheBodyHasItsOwnSection()
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/what-magnesium-does");
        var block = Assert.Single(section.GetProperty("blocks").EnumerateArray());

        Assert.Equal("What does magnesium do in the body?", section.GetProperty("heading").GetString());
        Assert.Contains("biochemical reactions", block.GetProperty("text").GetString());
        Assert.Equal("HL", block.GetProperty("sourceKey").GetString());
    }

    [Fact]
    public async Task TheStudyIsDescribedWithoutUnexplainedUnitsOrTerms()
    {
        var section = await _client.OkJsonAsync($"{ArticleUrl}/sections/can-magnesium-help-treat-rls");
        var study = Assert.Single(section.GetProperty("blocks").EnumerateArray(), block => block.GetProperty("sourceKey").GetString() == "HORNYAK");
        var text = study.GetProperty("text").GetString()!;

        Assert.Contains("about 301 mg", text);
        Assert.Contains("more of their time in bed asleep (85% of it, up from 75%)", text);
        Assert.DoesNotContain("mmol", text);
        Assert.DoesNotContain("efficiency", text);
    }

    private static IEnumerable<string> Items(JsonElement block) => block.GetProperty("items").EnumerateArray().Select(item => item.GetString()!);

    private static string Text(JsonElement block) =>
        string.Join(' ', new[] { block.GetProperty("text").GetString() ?? "" }
            .Concat(block.TryGetProperty("items", out var items) ? items.EnumerateArray().Select(item => item.GetString()!) : []));
}
