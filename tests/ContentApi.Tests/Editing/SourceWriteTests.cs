using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Editing;

/// <summary>
/// Global sources written through the API, each with its own version ETag; a cited source is not deleted; an edit is
/// served at once by every cached read that embeds the source (the cache is on here, as by default).
/// </summary>
public sealed class SourceWriteTests(WriteCachingTests.CachingApi factory) : IClassFixture<WriteCachingTests.CachingApi>
{
    private static JsonObject NewSource(string key) => new()
    {
        ["key"] = key, ["title"] = "Zinc: Fact Sheet (test copy)", ["publisher"] = "Test publisher",
        ["url"] = "https://example.org/zinc", ["citation"] = null,
    };

    [Fact]
    public async Task ASourceIsCreatedReplacedPatchedAndDeletedWithItsOwnVersionETag()
    {
        using var editor = await Editor.CreateAsync(factory);
        var (created, etag, response) = await WriteAsync(editor, HttpMethod.Post, "/api/sources", "", NewSource("ZINC-LIFECYCLE"), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"\"source-{id}-v1\"", etag);
        Assert.EndsWith($"/api/sources/{id}", response.Headers.Location!.ToString());
        Assert.Equal("Zinc: Fact Sheet (test copy)", (await editor.Client.OkJsonAsync($"/api/sources/{id}")).GetProperty("title").GetString());
        await RefusedAsync(editor, HttpMethod.Post, "/api/sources", null, NewSource("ZINC-LIFECYCLE").ToJsonString(), HttpStatusCode.Conflict);

        var replacement = NewSource("ZINC-LIFECYCLE");
        replacement.Remove("key");
        replacement["title"] = "Zinc: Fact Sheet (replaced)";
        (var replaced, etag, _) = await WriteAsync(editor, HttpMethod.Put, $"/api/sources/{id}", etag, replacement);
        Assert.Equal(2, replaced.GetProperty("version").GetInt32());
        (var patched, etag, _) = await WriteAsync(editor, HttpMethod.Patch, $"/api/sources/{id}", etag, new JsonObject { ["url"] = null }, mediaType: Editor.MergePatch);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patched.GetProperty("url").ValueKind);
        Assert.Equal("Zinc: Fact Sheet (replaced)", (await editor.Client.OkJsonAsync($"/api/sources/{id}")).GetProperty("title").GetString());
        using (var editable = await editor.Client.GetAsync($"/api/sources/{id}/edit"))
        {
            Assert.Equal(etag, editable.Headers.ETag!.ToString());
        }

        var required = await RefusedAsync(editor, HttpMethod.Delete, $"/api/sources/{id}", null, null, HttpStatusCode.PreconditionRequired);
        Assert.Contains("source", required.GetProperty("detail").GetString());
        await RefusedAsync(editor, HttpMethod.Delete, $"/api/sources/{id}", $"\"source-{id}-v1\"", null, HttpStatusCode.PreconditionFailed);
        using (var deleted = await editor.SendAsync(HttpMethod.Delete, $"/api/sources/{id}", ifMatch: etag))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await editor.Client.GetProblemAsync($"/api/sources/{id}", HttpStatusCode.NotFound);
        await RefusedAsync(editor, HttpMethod.Put, $"/api/sources/{id}", etag, replacement.ToJsonString(), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "key", "{\"key\":\"zinc\",\"title\":\"t\",\"publisher\":\"p\"}")]
    [InlineData("POST", "title", "{\"key\":\"ZINC-RULES\",\"title\":\"\",\"publisher\":\"p\"}")]
    [InlineData("POST", "url", "{\"key\":\"ZINC-RULES\",\"title\":\"t\",\"publisher\":\"p\",\"url\":\"ftp://example.org/\"}")]
    [InlineData("POST", "colour", "{\"key\":\"ZINC-RULES\",\"title\":\"t\",\"publisher\":\"p\",\"colour\":1}")]
    [InlineData("PUT", "key", "{\"key\":\"ODS\",\"title\":\"t\",\"publisher\":\"p\"}")]
    [InlineData("PATCH", "publisher", "{\"publisher\":null}")]
    public async Task ASourceBreakingARuleIsA400NamingTheMember(string method, string member, string body)
    {
        using var editor = await Editor.CreateAsync(factory);
        var (_, etag) = await EditableSourceAsync(editor, 2);
        var url = method == "POST" ? "/api/sources" : "/api/sources/2";
        await RefusedAsync(editor, new HttpMethod(method), url, etag, body, HttpStatusCode.BadRequest, member, method == "PATCH" ? Editor.MergePatch : Editor.Json);
        Assert.Equal(etag, (await EditableSourceAsync(editor, 2)).ETag);
    }

    [Fact]
    public async Task ASourceCitedByAnythingEvenADraftsItemIsNotDeleted()
    {
        using var editor = await Editor.CreateAsync(factory);
        var (_, odsTag) = await EditableSourceAsync(editor, 2);
        var cited = await RefusedAsync(editor, HttpMethod.Delete, "/api/sources/2", odsTag, null, HttpStatusCode.Conflict);
        Assert.Contains("ODS", cited.GetProperty("detail").GetString());

        var (source, sourceTag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/sources", "", NewSource("ZINC-CITED"), HttpStatusCode.Created);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-cites-source"));
        var food = PumpkinSeeds();
        food["sourceKey"] = "ZINC-CITED";
        await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-cites-source/foods", etag, food, HttpStatusCode.Created);
        await RefusedAsync(editor, HttpMethod.Delete, $"/api/sources/{source.GetProperty("id").GetInt32()}", sourceTag, null, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RestoringARevisionWhoseItemCitesASourceDeletedSinceIsA400NotAForeignKeyFailure()
    {
        using var editor = await Editor.CreateAsync(factory);
        var (source, sourceTag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/sources", "", NewSource("ZINC-GONE"), HttpStatusCode.Created);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-gone-source"));
        var food = PumpkinSeeds();
        food["sourceKey"] = "ZINC-GONE";
        (_, etag, var created) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-gone-source/foods", etag, food, HttpStatusCode.Created);
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-gone-source/foods/{created.Headers.Location!.Segments[^1]}", etag, null);
        // The food's source joined the article's citations; once nothing cites it, the editor drops it from them too.
        (_, etag, _) = await WriteAsync(editor, HttpMethod.Put, "/api/articles/zinc-gone-source/sources", etag, new JsonObject { ["keys"] = new JsonArray("ODS") });
        using (var deleted = await editor.SendAsync(HttpMethod.Delete, $"/api/sources/{source.GetProperty("id").GetInt32()}", ifMatch: sourceTag))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-gone-source/revisions/2/restore", etag, null, HttpStatusCode.BadRequest, "foods[0].sourceKey");
        Assert.Equal(etag, (await editor.EditableAsync("zinc-gone-source")).ETag);
    }

    [Fact]
    public async Task EditingASourceIsServedAtOnceByCachedReadsThatEmbedIt()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var reader = factory.CreateClient();
        var (source, sourceTag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/sources", "", NewSource("ZINC-CACHED"), HttpStatusCode.Created);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-cached-source"));
        var food = PumpkinSeeds();
        food["sourceKey"] = "ZINC-CACHED";
        (_, etag, var created) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-cached-source/foods", etag, food, HttpStatusCode.Created);
        await editor.PostAsync("/api/articles/zinc-cached-source/publish", etag);
        var foodUrl = created.Headers.Location!.AbsolutePath;
        Assert.Equal("Zinc: Fact Sheet (test copy)", (await reader.OkJsonAsync(foodUrl)).GetProperty("source").GetProperty("title").GetString());
        Assert.Equal("Zinc: Fact Sheet (test copy)", (await reader.OkJsonAsync(foodUrl)).GetProperty("source").GetProperty("title").GetString());

        await WriteAsync(editor, HttpMethod.Patch, $"/api/sources/{source.GetProperty("id").GetInt32()}", sourceTag,
            new JsonObject { ["title"] = "Zinc: Fact Sheet (edited)" }, mediaType: Editor.MergePatch);

        Assert.Equal("Zinc: Fact Sheet (edited)", (await reader.OkJsonAsync(foodUrl)).GetProperty("source").GetProperty("title").GetString());
        Assert.Equal("Zinc: Fact Sheet (edited)", (await reader.OkJsonAsync($"/api/sources/{source.GetProperty("id").GetInt32()}")).GetProperty("title").GetString());
    }

    private static async Task<(System.Text.Json.JsonElement Source, string ETag)> EditableSourceAsync(Editor editor, int id)
    {
        using var response = await editor.Client.GetAsync($"/api/sources/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Headers.ETag!.ToString());
    }
}
