using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Editing;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Media;

/// <summary>Articles name their hero image by media id: served with its URL, size, alt text and srcset; an image in use cannot be deleted.</summary>
public class HeroImageTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AnArticlesHeroImageIsServedWithItsSizeAltAndSrcsetInTheArticleAndTheList()
    {
        using var editor = await Editor.CreateAsync(factory);
        var image = await MediaClient.UploadAsync(editor, TestImages.Jpeg(1000, 700), "Capsules on a table", "capsules.jpg");
        var id = image.GetProperty("id").GetInt64();
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-with-image"));
        var etag = await editor.PatchAsync("zinc-with-image", (await editor.EditableAsync("zinc-with-image")).ETag, new JsonObject { ["heroImageId"] = id });
        await editor.PostAsync("/api/articles/zinc-with-image/publish", etag);
        using var reader = factory.CreateClient();

        var hero = (await reader.OkJsonAsync("/api/articles/zinc-with-image")).GetProperty("heroImage");
        Assert.Equal($"http://localhost/media/{id}/capsules", hero.GetProperty("url").GetString());
        Assert.Equal(("Capsules on a table", 1000, 700), (hero.GetProperty("alt").GetString(), hero.GetProperty("width").GetInt32(), hero.GetProperty("height").GetInt32()));
        Assert.Equal(image.GetProperty("renditions").GetRawText(), hero.GetProperty("renditions").GetRawText());
        var listed = (await reader.OkJsonAsync("/api/articles?pageSize=100")).Items().Single(article => article.GetProperty("slug").GetString() == "zinc-with-image");
        Assert.Equal(hero.GetRawText(), listed.GetProperty("heroImage").GetRawText());
        Assert.Equal(JsonValueKind.Null, (await reader.OkJsonAsync("/api/articles/magnesium-for-restless-legs")).GetProperty("heroImage").ValueKind);

        var (editable, _) = await editor.EditableAsync("zinc-with-image");
        Assert.Equal(id, editable.GetProperty("heroImageId").GetInt64());
        var revisions = await editor.Client.OkJsonAsync("/api/articles/zinc-with-image/revisions/2");
        Assert.Equal(id, revisions.GetProperty("snapshot").GetProperty("heroImageId").GetInt64());
    }

    [Fact]
    public async Task AnUnknownMediaIdIs422AndChangesNothing()
    {
        using var editor = await Editor.CreateAsync(factory);
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-unknown-image"));
        var (before, etag) = await editor.EditableAsync("zinc-unknown-image");

        using var response = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-unknown-image", "{\"heroImageId\":999999}", Editor.MergePatch, etag);
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'heroImageId' is 999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var created = await editor.SendAsync(HttpMethod.Post, "/api/articles",
            WithHeroImage(Editor.NewArticle("zinc-unknown-too"), 999999).ToJsonString());
        await created.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before.GetRawText(), (await editor.EditableAsync("zinc-unknown-image")).Article.GetRawText());
    }

    [Fact]
    public async Task AnImageInUseCannotBeDeletedUntilTheArticleClearsIt()
    {
        using var editor = await Editor.CreateAsync(factory);
        var image = await MediaClient.UploadAsync(editor, TestImages.Png(500, 400), "A square", "square.png");
        var id = image.GetProperty("id").GetInt64();
        var path = MediaClient.PathOf(image.GetProperty("url").GetString()!);
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-in-use"));
        var etag = await editor.PatchAsync("zinc-in-use", (await editor.EditableAsync("zinc-in-use")).ETag, new JsonObject { ["heroImageId"] = id });

        var conflict = await (await editor.Client.DeleteAsync($"/api/media/{id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("'zinc-in-use'", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);

        await editor.PatchAsync("zinc-in-use", etag, new JsonObject { ["heroImageId"] = null });
        using var deleted = await editor.Client.DeleteAsync($"/api/media/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await editor.Client.GetProblemAsync($"/api/media/{id}", HttpStatusCode.NotFound);
        await reader.GetProblemAsync(path, HttpStatusCode.NotFound);
        // The only PNG this class uploads: its file is gone with it.
        Assert.Empty(Directory.EnumerateFiles(factory.MediaFolder, "*.png", SearchOption.AllDirectories));
        await (await editor.Client.DeleteAsync($"/api/media/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonObject WithHeroImage(JsonObject article, long id)
    {
        article["heroImageId"] = id;
        return article;
    }
}
