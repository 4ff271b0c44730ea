using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>
/// A new body is written section by section (Editing/ArticleBodyStore.cs): only sections that differ are rewritten,
/// the tail is cut or extended, a reorder rewrites the whole body. Whatever path a save takes, the stored body, its
/// positions and both search indexes must equal what the editor sent.
/// </summary>
public sealed class ArticleBodyStoreTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task ChangingOneSectionRewritesOnlyThatSectionAndTheIndexFollows()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await PublishAsync(editor, "body-one-section", ["aardvarkone", "bonobotwo", "caracalthree"]);
        var before = await SectionRowsAsync("body-one-section");

        etag = await editor.PatchAsync("body-one-section", etag, Body(["aardvarkone", "dugongtwo", "caracalthree"]));

        var after = await SectionRowsAsync("body-one-section");
        Assert.Equal([1, 2, 3], after.Select(row => row.Position));
        // The untouched sections keep their rows (and ids); the changed one keeps its row with new blocks.
        Assert.Equal(before.Select(row => row.Id), after.Select(row => row.Id));
        Assert.Equal(before[0].BlockIds, after[0].BlockIds);
        Assert.NotEqual(before[1].BlockIds, after[1].BlockIds);
        Assert.Equal(before[2].BlockIds, after[2].BlockIds);
        Assert.Empty(await HitsAsync(editor.Client, "bonobotwo"));
        Assert.Equal(["body-one-section#s2"], await HitsAsync(editor.Client, "dugongtwo"));
        Assert.Equal(["body-one-section#s1"], await HitsAsync(editor.Client, "aardvarkone"));
        Assert.Equal(["body-one-section#s3"], await HitsAsync(editor.Client, "caracalthree"));
        await AssertBodyAsync(editor, "body-one-section", ["aardvarkone", "dugongtwo", "caracalthree"]);
    }

    [Fact]
    public async Task AShorterBodyLosesItsTailAndALongerOneGainsSectionsAtTheEnd()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await PublishAsync(editor, "body-tail", ["emuone", "fossatwo", "gerenuk3"]);

        etag = await editor.PatchAsync("body-tail", etag, Body(["emuone"]));
        Assert.Equal([1], (await SectionRowsAsync("body-tail")).Select(row => row.Position));
        Assert.Empty(await HitsAsync(editor.Client, "fossatwo"));
        Assert.Empty(await HitsAsync(editor.Client, "gerenuk3"));

        await editor.PatchAsync("body-tail", etag, Body(["emuone", "hyraxtwo", "ibexthree", "jerboafour"]));
        Assert.Equal([1, 2, 3, 4], (await SectionRowsAsync("body-tail")).Select(row => row.Position));
        Assert.Equal(["body-tail#s4"], await HitsAsync(editor.Client, "jerboafour"));
        Assert.Equal(["body-tail#s2"], await HitsAsync(editor.Client, "hyraxtwo"));
        await AssertBodyAsync(editor, "body-tail", ["emuone", "hyraxtwo", "ibexthree", "jerboafour"]);
    }

    [Fact]
    public async Task SwappedSectionKeysAndARenamedSectionAreStoredAsSent()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await PublishAsync(editor, "body-keys", ["kudu1", "lemur2", "margay3"]);

        // s1 and s2 trade places: each takes a key the other still holds (UNIQUE (article_id, anchor_key)).
        var swapped = Body(["lemur2", "kudu1", "margay3"], keys: ["s2", "s1", "s3"]);
        etag = await editor.PatchAsync("body-keys", etag, swapped);
        Assert.Equal(["body-keys#s1"], await HitsAsync(editor.Client, "kudu1"));
        Assert.Equal(["body-keys#s2"], await HitsAsync(editor.Client, "lemur2"));
        await AssertBodyAsync(editor, "body-keys", ["lemur2", "kudu1", "margay3"], ["s2", "s1", "s3"]);

        // A key no section holds is taken in place, and the index answers with it.
        await editor.PatchAsync("body-keys", etag, Body(["lemur2", "kudu1", "margay3"], keys: ["s2", "s1", "renamed"]));
        Assert.Equal(["body-keys#renamed"], await HitsAsync(editor.Client, "margay3"));
        await AssertBodyAsync(editor, "body-keys", ["lemur2", "kudu1", "margay3"], ["s2", "s1", "renamed"]);
    }

    [Fact]
    public async Task ADraftsChangedSectionIsFoundByAPreviewSearchOnly()
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle("body-draft");
        article["sections"] = Body(["nilgaione", "okapitwo"])["sections"]!.DeepClone();
        var etag = await editor.CreateArticleAsync(article);

        await editor.PatchAsync("body-draft", etag, Body(["nilgaione", "pangolintwo"]));

        Assert.Empty(await HitsAsync(editor.Client, "pangolintwo"));
        Assert.Equal(["body-draft#s2"], await HitsAsync(editor.Client, "pangolintwo", preview: true));
        Assert.Empty(await HitsAsync(editor.Client, "okapitwo", preview: true));
    }

    private static JsonObject Body(string[] words, string[]? keys = null) => new()
    {
        ["sections"] = new JsonArray([.. words.Select((word, i) => (JsonNode)new JsonObject
        {
            ["key"] = keys?[i] ?? $"s{i + 1}",
            ["heading"] = $"Heading {word}",
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "paragraph", ["text"] = $"The {word} paragraph.", ["sourceKey"] = "ODS" },
                new JsonObject { ["type"] = "list", ["style"] = "bulleted", ["items"] = new JsonArray($"{word} item", "Another item") }),
        })]),
    };

    private static async Task<string> PublishAsync(Editor editor, string slug, string[] words)
    {
        var article = Editor.NewArticle(slug);
        article["sections"] = Body(words)["sections"]!.DeepClone();
        var etag = await editor.CreateArticleAsync(article);
        return await editor.PostAsync($"/api/articles/{slug}/publish", etag);
    }

    private static async Task AssertBodyAsync(Editor editor, string slug, string[] words, string[]? keys = null)
    {
        var (article, _) = await editor.EditableAsync(slug);
        var sections = article.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(words.Select((_, i) => keys?[i] ?? $"s{i + 1}"), sections.Select(section => section.GetProperty("key").GetString()));
        Assert.Equal(words.Select(word => $"Heading {word}"), sections.Select(section => section.GetProperty("heading").GetString()));
        Assert.Equal(words.Select(word => $"The {word} paragraph."),
            sections.Select(section => section.GetProperty("blocks")[0].GetProperty("text").GetString()));
        Assert.Equal(words.Select(word => $"{word} item"),
            sections.Select(section => section.GetProperty("blocks")[1].GetProperty("items")[0].GetString()));
    }

    private sealed record SectionRow(long Id, long Position, string BlockIds);

    private async Task<List<SectionRow>> SectionRowsAsync(string slug) =>
        await SqliteFile.QueryAsync<SectionRow>(factory.DatabasePath, $"""
            SELECT s.id AS Id, s.position AS Position,
                   (SELECT group_concat(b.id, ',') FROM (SELECT id FROM blocks WHERE section_id = s.id ORDER BY position) b) AS BlockIds
            FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = '{slug}' ORDER BY s.position
            """);

    /// <summary>Section hits as slug#anchor.</summary>
    private static async Task<string[]> HitsAsync(HttpClient client, string word, bool preview = false)
    {
        var page = await client.OkJsonAsync($"/api/search?q={word}{(preview ? "&preview=true" : "")}");
        return [.. page.GetProperty("items").EnumerateArray()
            .Where(hit => hit.GetProperty("type").GetString() == "section")
            .Select(hit => $"{hit.GetProperty("articleSlug").GetString()}#{hit.GetProperty("anchor").GetString()}")];
    }
}
