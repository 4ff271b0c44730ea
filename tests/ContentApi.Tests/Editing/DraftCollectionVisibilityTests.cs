using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Editing;

/// <summary>
/// A draft's collection items are nowhere on the public API (404 on detail; absent from lists, lookup, check, plan, search
/// and a source's citations) and appear at once when it is published, with the representation cache on, and go again when unpublished.
/// </summary>
public sealed class DraftCollectionVisibilityTests(WriteCachingTests.CachingApi factory) : IClassFixture<WriteCachingTests.CachingApi>
{
    /// <summary>The seed's guidance (facts sheet §5.2: from age 9, at most 350 mg a day from supplements), as a copy told apart by its note.</summary>
    private static JsonObject GuidanceCopy() => new()
    {
        ["substance"] = "magnesium", ["form"] = "supplements (draft copy)", ["route"] = "oral", ["kind"] = "guidance", ["sex"] = "any",
        ["lifeStage"] = "general", ["ageMinMonths"] = 108, ["ageMaxMonths"] = null, ["ageLabel"] = "9+ years",
        ["minAmount"] = null, ["maxAmount"] = 350, ["unit"] = "mg", ["per"] = "day", ["appliesTo"] = "supplements-only",
        ["note"] = "Draft copy of the guidance.", ["sourceKey"] = "ODS",
    };

    [Fact]
    public async Task ADraftsItemsAreInvisibleOnEveryPublicCollectionReadUntilPublishedAndCachedReadsFollowAtOnce()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var reader = factory.CreateClient();
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-draft-items"));
        var food = PumpkinSeeds();
        food["name"] = "Pumpkin seeds, roasted (draft copy)";
        (_, etag, var foodAnswer) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-draft-items/foods", etag, food, HttpStatusCode.Created);
        (_, etag, var rangeAnswer) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-draft-items/dose-ranges", etag, GuidanceCopy(), HttpStatusCode.Created);
        (_, etag, var interactionAnswer) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-draft-items/interactions", etag, new JsonObject
        {
            ["kind"] = "condition", ["name"] = "Draft copy condition", ["substance"] = "magnesium",
            ["aliases"] = new JsonArray(new JsonObject { ["name"] = "zinc draft condition alias", ["type"] = "condition" }),
            ["mechanism"] = "Draft copy.", ["guidance"] = "Draft copy.", ["severity"] = "minor", ["sourceKey"] = "ODS",
        }, HttpStatusCode.Created);
        (_, etag, var effectAnswer) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-draft-items/side-effects", etag, new JsonObject
        {
            ["name"] = "Draft copy side effect", ["severity"] = "common", ["description"] = "Draft copy.", ["sourceKey"] = "ODS",
        }, HttpStatusCode.Created);
        (_, etag, var remedyAnswer) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-draft-items/remedies", etag, new JsonObject
        {
            ["kind"] = "alternative", ["name"] = "Draft copy remedy", ["description"] = "Draft copy.", ["sourceKey"] = "ODS",
        }, HttpStatusCode.Created);
        var details = new[] { foodAnswer, rangeAnswer, interactionAnswer, effectAnswer, remedyAnswer }.Select(answer => answer.Headers.Location!.AbsolutePath).ToArray();
        var foodId = int.Parse(details[0].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        await AssertVisibleAsync(reader, details, foodId, visible: false);
        etag = await editor.PostAsync("/api/articles/zinc-draft-items/publish", etag);
        await AssertVisibleAsync(reader, details, foodId, visible: true);
        await editor.PostAsync("/api/articles/zinc-draft-items/unpublish", etag);
        await AssertVisibleAsync(reader, details, foodId, visible: false);
    }

    [Fact]
    public async Task AnItemWriteOnAPublishedArticleIsServedAtOnceByCachedListsAndDetails()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var reader = factory.CreateClient();
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-cached-items"));
        etag = await editor.PostAsync("/api/articles/zinc-cached-items/publish", etag);
        var food = PumpkinSeeds();
        food["name"] = "Pumpkin seeds, roasted (cached copy)";
        (_, etag, var created) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-cached-items/foods", etag, food, HttpStatusCode.Created);
        var detail = created.Headers.Location!.AbsolutePath;
        for (var round = 0; round < 2; round++)
        {
            Assert.Contains("(cached copy)", await TextAsync(reader, "/api/foods?pageSize=100"));
            Assert.Contains("(cached copy)", await TextAsync(reader, detail));
        }

        await WriteAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-cached-items{detail.Replace("/api", "", StringComparison.Ordinal)}", etag,
            new JsonObject { ["name"] = "Pumpkin seeds, roasted (patched copy)" }, mediaType: Editor.MergePatch);

        Assert.Contains("(patched copy)", await TextAsync(reader, "/api/foods?pageSize=100"));
        Assert.Contains("(patched copy)", await TextAsync(reader, detail));
        Assert.DoesNotContain("(cached copy)", await TextAsync(reader, "/api/foods?pageSize=100"));
    }

    /// <summary>Every public read that could show the draft's items, each read twice so the second may come from the cache.</summary>
    private static async Task AssertVisibleAsync(HttpClient reader, string[] details, int foodId, bool visible)
    {
        for (var round = 0; round < 2; round++)
        {
            foreach (var detail in details)
            {
                using var response = await reader.GetAsync(detail);
                Assert.True(response.StatusCode == (visible ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"{detail}: {(int)response.StatusCode}");
            }

            var texts = new[]
            {
                await TextAsync(reader, "/api/foods?pageSize=100"),
                await TextAsync(reader, "/api/dose-ranges?pageSize=100&kind=guidance"),
                await TextAsync(reader, "/api/dose-ranges/lookup?substance=magnesium&ageYears=30&sex=female"),
                await TextAsync(reader, "/api/interactions?pageSize=100"),
                await TextAsync(reader, "/api/interactions/check?conditions=zinc%20draft%20condition%20alias"),
                await TextAsync(reader, "/api/side-effects?pageSize=100"),
                await TextAsync(reader, "/api/remedies?pageSize=100"),
                await TextAsync(reader, "/api/search?q=draft%20copy&pageSize=50"),
                await TextAsync(reader, "/api/sources/2"),
            };
            // Each list's total counts what it serves (its count leaves the hidden rows out by subtracting them).
            foreach (var list in new[] { texts[0], texts[1], texts[3], texts[5], texts[6] })
            {
                var page = System.Text.Json.JsonDocument.Parse(list).RootElement;
                Assert.Equal(page.GetProperty("items").GetArrayLength(), page.GetProperty("totalItems").GetInt32());
            }

            Assert.Equal(visible, texts[0].Contains("(draft copy)", StringComparison.Ordinal));
            Assert.Equal(visible, texts[1].Contains("Draft copy of the guidance.", StringComparison.Ordinal));
            Assert.Equal(visible, texts[2].Contains("Draft copy of the guidance.", StringComparison.Ordinal));
            Assert.Equal(visible, texts[3].Contains("Draft copy condition", StringComparison.Ordinal));
            Assert.Equal(visible, texts[4].Contains("Draft copy condition", StringComparison.Ordinal));
            Assert.Equal(visible, texts[5].Contains("Draft copy side effect", StringComparison.Ordinal));
            Assert.Equal(visible, texts[6].Contains("Draft copy remedy", StringComparison.Ordinal));
            Assert.Equal(visible, texts[7].Contains("Draft copy remedy", StringComparison.Ordinal));
            Assert.Equal(visible, texts[7].Contains("Draft copy side effect", StringComparison.Ordinal));
            Assert.Equal(visible, texts[7].Contains("Draft copy condition", StringComparison.Ordinal));
            Assert.Equal(visible, texts[7].Contains("(draft copy)", StringComparison.Ordinal));
            Assert.Equal(visible, texts[8].Contains("Draft copy remedy", StringComparison.Ordinal));
            Assert.Equal(visible, texts[8].Contains("(draft copy)", StringComparison.Ordinal));

            var plan = JsonDocument.Parse(await TextAsync(reader, "/api/foods/plan?nutrient=magnesium&targetMg=10000&maxServings=50")).RootElement;
            Assert.Equal(visible, plan.GetRawText().Contains($"\"foodId\":{foodId},", StringComparison.Ordinal));
        }
    }

    private static async Task<string> TextAsync(HttpClient reader, string url)
    {
        using var response = await reader.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return text;
    }
}
