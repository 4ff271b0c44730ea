using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>Sections and blocks one at a time: positions stay dense and unique, rules hold, each write is a revision.</summary>
public class SectionWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task SectionsAreAddedMovedReplacedAndDeletedWithDensePositions()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-sections"));

        etag = await SendAsync(editor, HttpMethod.Post, "/api/articles/zinc-sections/sections", etag, new JsonObject { ["key"] = "first", ["heading"] = "First", ["position"] = 1 });
        etag = await SendAsync(editor, HttpMethod.Post, "/api/articles/zinc-sections/sections", etag, Editor.Section("last", "Last"));
        Assert.Equal(["first", "what-zinc-does", "last"], await KeysAsync(editor, "zinc-sections"));

        etag = await SendAsync(editor, HttpMethod.Post, "/api/articles/zinc-sections/sections/last/move", etag, new JsonObject { ["position"] = 1 });
        Assert.Equal(["last", "first", "what-zinc-does"], await KeysAsync(editor, "zinc-sections"));

        etag = await SendAsync(editor, HttpMethod.Put, "/api/articles/zinc-sections/sections/first", etag, new JsonObject { ["heading"] = "First, renamed", ["blocks"] = new JsonArray() });
        etag = await SendAsync(editor, HttpMethod.Delete, "/api/articles/zinc-sections/sections/what-zinc-does", etag, null);
        var (article, _) = await editor.EditableAsync("zinc-sections");
        Assert.Equal(["last", "first"], article.GetProperty("sections").EnumerateArray().Strings("key"));
        Assert.Equal("First, renamed", article.GetProperty("sections")[1].GetProperty("heading").GetString());

        // Published, and read back in the public order with positions 1..n.
        await editor.PostAsync("/api/articles/zinc-sections/publish", etag);
        var sections = await editor.Client.OkJsonAsync("/api/articles/zinc-sections/sections");
        Assert.Equal([1, 2], sections.EnumerateArray().Select(section => section.GetProperty("position").GetInt32()));

        var summaries = (await editor.RevisionsAsync("zinc-sections")).Strings("summary");
        Assert.Equal(7, summaries.Length);
        Assert.StartsWith("Moved section 'last' to 1.", summaries[3]);
    }

    [Fact]
    public async Task BlocksOfEveryTypeAreAddedReplacedMovedAndDeleted()
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle("zinc-blocks");
        article["sections"] = new JsonArray(Editor.Section("one", "One"), Editor.Section("two", "Two"));
        var etag = await editor.CreateArticleAsync(article);
        const string Blocks = "/api/articles/zinc-blocks/sections/one/blocks";

        etag = await SendAsync(editor, HttpMethod.Post, Blocks, etag, new JsonObject
        {
            ["block"] = new JsonObject { ["type"] = "list", ["style"] = "numbered", ["items"] = new JsonArray("a", "b"), ["sourceKey"] = "ODS" },
            ["position"] = 1,
        });
        etag = await SendAsync(editor, HttpMethod.Put, $"{Blocks}/3", etag, new JsonObject { ["type"] = "paragraph", ["text"] = "Replaced.", ["sourceKey"] = null });
        etag = await SendAsync(editor, HttpMethod.Post, $"{Blocks}/1/move", etag, new JsonObject { ["position"] = 2, ["section"] = "two" });
        etag = await SendAsync(editor, HttpMethod.Delete, "/api/articles/zinc-blocks/sections/two/blocks/1", etag, null);

        var (current, _) = await editor.EditableAsync("zinc-blocks");
        var one = current.GetProperty("sections")[0].GetProperty("blocks");
        var two = current.GetProperty("sections")[1].GetProperty("blocks");
        Assert.Equal(["paragraph", "paragraph"], one.EnumerateArray().Strings("type"));
        Assert.Equal("Replaced.", one[1].GetProperty("text").GetString());
        Assert.Equal(["list", "list"], two.EnumerateArray().Strings("type"));
        Assert.Equal("numbered", two[0].GetProperty("style").GetString());
        Assert.Equal(["a", "b"], two[0].GetProperty("items").EnumerateArray().Select(item => item.GetString()));
        var positions = await factory.QueryAsync<long>(
            "SELECT b.position FROM blocks b JOIN sections s ON s.id = b.section_id JOIN articles a ON a.id = s.article_id WHERE a.slug = 'zinc-blocks' ORDER BY s.position, b.position");
        Assert.Equal([1L, 2L, 1L, 2L], positions);
        _ = etag;
    }

    [Fact]
    public async Task MissingSectionsAndBlocksAre404AndBrokenRulesAre400Or422()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-section-rules"));
        etag = await editor.PostAsync("/api/articles/zinc-section-rules/publish", etag);

        await ExpectAsync(editor, HttpMethod.Put, "/api/articles/zinc-section-rules/sections/nope", etag, "{\"heading\":\"x\",\"blocks\":[]}", HttpStatusCode.NotFound);
        await ExpectAsync(editor, HttpMethod.Delete, "/api/articles/zinc-section-rules/sections/what-zinc-does/blocks/9", etag, null, HttpStatusCode.NotFound);
        await ExpectAsync(editor, HttpMethod.Post, "/api/articles/zinc-section-rules/sections", etag, "{\"key\":\"what-zinc-does\",\"heading\":\"Twice\"}", HttpStatusCode.BadRequest);
        await ExpectAsync(editor, HttpMethod.Post, "/api/articles/zinc-section-rules/sections", etag, "{\"key\":\"new\",\"heading\":\"New\",\"position\":5}", HttpStatusCode.BadRequest, "position");
        await ExpectAsync(editor, HttpMethod.Post, "/api/articles/zinc-section-rules/sections/what-zinc-does/blocks", etag,
            "{\"block\":{\"type\":\"paragraph\",\"text\":\"x\",\"sourceKey\":\"NOPE\"}}", HttpStatusCode.BadRequest, "sections[0].blocks[2].sourceKey");
        await ExpectAsync(editor, HttpMethod.Put, "/api/articles/zinc-section-rules/sections/what-zinc-does/blocks/1", etag, "{\"type\":\"list\",\"style\":\"bulleted\",\"items\":[]}", HttpStatusCode.BadRequest);
        await ExpectAsync(editor, HttpMethod.Post, "/api/articles/zinc-section-rules/sections/what-zinc-does/move", etag, "{\"position\":1,\"section\":\"x\"}", HttpStatusCode.BadRequest, "section");
        // The only section of a published article stays.
        await ExpectAsync(editor, HttpMethod.Delete, "/api/articles/zinc-section-rules/sections/what-zinc-does", etag, null, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(etag, (await editor.EditableAsync("zinc-section-rules")).ETag);
    }

    private static async Task<string> SendAsync(Editor editor, HttpMethod method, string url, string etag, JsonObject? body)
    {
        using var response = await editor.SendAsync(method, url, body?.ToJsonString(), Editor.Json, etag);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.ToString();
    }

    private static async Task ExpectAsync(Editor editor, HttpMethod method, string url, string etag, string? body, HttpStatusCode status, string? errorKey = null)
    {
        using var response = await editor.SendAsync(method, url, body, Editor.Json, etag);
        var problem = await response.ProblemAsync(status);
        if (errorKey is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), $"{url}: {problem}");
        }
    }

    private static async Task<string[]> KeysAsync(Editor editor, string slug) =>
        (await editor.EditableAsync(slug)).Article.GetProperty("sections").EnumerateArray().Strings("key");
}
