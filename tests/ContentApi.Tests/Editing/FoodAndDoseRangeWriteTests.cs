using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Editing;

/// <summary>An article's foods and dose ranges one at a time: each write is the article's, with If-Match, a new version and a revision.</summary>
public class FoodAndDoseRangeWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static int _articles;

    [Fact]
    public async Task AFoodIsCreatedReplacedPatchedAndDeletedEachAsARevisionOfItsArticle()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-foods"));
        etag = await editor.PostAsync("/api/articles/zinc-foods/publish", etag);

        var (created, createdTag, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-foods/foods", etag, PumpkinSeeds(), HttpStatusCode.Created);
        var id = created.GetProperty("foods")[0].GetProperty("id").GetInt32();
        Assert.EndsWith($"/api/foods/{id}", response.Headers.Location!.ToString());
        Assert.NotEqual(etag, createdTag);
        Assert.Equal(created.GetProperty("version").GetInt32(), (await editor.EditableAsync("zinc-foods")).Article.GetProperty("version").GetInt32());
        Assert.Equal(156, (await editor.Client.OkJsonAsync($"/api/foods/{id}")).GetProperty("amountMg").GetDouble());

        var (replaced, replacedTag, _) = await WriteAsync(editor, HttpMethod.Put, $"/api/articles/zinc-foods/foods/{id}", createdTag, ChiaSeeds());
        Assert.Equal(id, replaced.GetProperty("foods")[0].GetProperty("id").GetInt32());
        Assert.Equal("Chia seeds", replaced.GetProperty("foods")[0].GetProperty("name").GetString());

        var (patched, patchedTag, _) = await WriteAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-foods/foods/{id}", replacedTag,
            new JsonObject { ["name"] = "Chia seeds, dried" }, mediaType: Editor.MergePatch);
        Assert.Equal("Chia seeds, dried", patched.GetProperty("foods")[0].GetProperty("name").GetString());
        Assert.Equal(111, patched.GetProperty("foods")[0].GetProperty("amountMg").GetDouble());
        Assert.Equal("Chia seeds, dried", (await editor.Client.OkJsonAsync($"/api/foods/{id}")).GetProperty("name").GetString());

        var (deleted, _, _) = await WriteAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-foods/foods/{id}", patchedTag, null);
        Assert.Equal(0, deleted.GetProperty("foods").GetArrayLength());
        await editor.Client.GetProblemAsync($"/api/foods/{id}", HttpStatusCode.NotFound);

        var summaries = (await editor.RevisionsAsync("zinc-foods")).Strings("summary")[^4..];
        Assert.Equal(["Added a food. Changed: foods.", $"Replaced food {id}. Changed: foods.", $"Patched food {id}. Changed: foods.", $"Deleted food {id}. Changed: foods."], summaries);
    }

    [Fact]
    public async Task ADoseRangeIsWrittenWithItsPopulationAndABandOverlappingAnotherOfTheSamePopulationAndKindIs422()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-doses"));
        var (created, createdTag, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-doses/dose-ranges", etag, WomensRda(), HttpStatusCode.Created);
        var range = created.GetProperty("doseRanges")[0];
        Assert.Equal("female", range.GetProperty("sex").GetString());
        Assert.Equal(372, range.GetProperty("ageMaxMonths").GetInt32());
        Assert.EndsWith($"/api/dose-ranges/{range.GetProperty("id").GetInt32()}", response.Headers.Location!.ToString());

        // [228, 372) and [168, 240) overlap; [372, 612) only touches it (the upper end is exclusive).
        var overlap = await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-doses/dose-ranges", createdTag,
            WomensRda(168, 240, "14–18 years", 360).ToJsonString(), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("overlaps", overlap.GetProperty("detail").GetString());
        var (adjacent, adjacentTag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-doses/dose-ranges", createdTag,
            WomensRda(372, 612, "31–50 years", 320), HttpStatusCode.Created);
        // Another population (pregnancy) or kind (UL) for the same ages is no overlap.
        var pregnancy = WomensRda(228, 372, "19–30 years", 350);
        pregnancy["lifeStage"] = "pregnancy";
        (_, adjacentTag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-doses/dose-ranges", adjacentTag, pregnancy, HttpStatusCode.Created);
        // An open-ended band overlaps every later one.
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-doses/dose-ranges", adjacentTag,
            WomensRda(300, null, "25+ years").ToJsonString(), HttpStatusCode.UnprocessableEntity);
        // Moving a band by PATCH is checked too.
        var second = adjacent.GetProperty("doseRanges")[1].GetProperty("id").GetInt32();
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-doses/dose-ranges/{second}", adjacentTag,
            "{\"ageMinMonths\":300}", HttpStatusCode.UnprocessableEntity, mediaType: Editor.MergePatch);
        Assert.Equal(3, (await editor.EditableAsync("zinc-doses")).Article.GetProperty("doseRanges").GetArrayLength());
    }

    [Theory]
    [InlineData("foods", "amountMaxMg", "{\"amountMg\":156,\"amountMaxMg\":100}")]
    [InlineData("foods", "amountMg", "{\"amountMg\":-1}")]
    [InlineData("foods", "percentDailyValue", "{\"percentDailyValue\":-1}")]
    [InlineData("foods", "name", "{\"name\":\"\"}")]
    [InlineData("foods", "sourceKey", "{\"sourceKey\":\"NOPE\"}")]
    [InlineData("foods", "colour", "{\"colour\":\"green\"}")]
    [InlineData("foods", "amountMg", "{\"amountMg\":\"156\"}")]
    [InlineData("dose-ranges", "minAmount", "{\"minAmount\":400,\"maxAmount\":350}")]
    [InlineData("dose-ranges", "ageMaxMonths", "{\"ageMinMonths\":372,\"ageMaxMonths\":228}")]
    [InlineData("dose-ranges", "ageMinMonths", "{\"ageMinMonths\":-12}")]
    [InlineData("dose-ranges", "kind", "{\"kind\":\"DV\"}")]
    [InlineData("dose-ranges", "sex", "{\"sex\":\"other\"}")]
    [InlineData("dose-ranges", "route", "{\"route\":null}")]
    [InlineData("dose-ranges", "appliesTo", "{\"appliesTo\":\"food\"}")]
    [InlineData("dose-ranges", "maxAmount", "{\"maxAmount\":-1}")]
    public async Task AnItemBreakingAFieldRuleOrATableConstraintIsA400NamingTheMemberNeverA500(string collection, string member, string change)
    {
        using var editor = await Editor.CreateAsync(factory);
        var slug = $"zinc-rules-{collection}-{Interlocked.Increment(ref _articles)}";
        var etag = await editor.CreateArticleAsync(Editor.NewArticle(slug));
        var valid = collection == "foods" ? PumpkinSeeds() : WomensRda();
        var (_, createdTag, response) = await WriteAsync(editor, HttpMethod.Post, $"/api/articles/{slug}/{collection}", etag, valid, HttpStatusCode.Created);
        var id = response.Headers.Location!.Segments[^1];
        var broken = MergeInto(valid, change);

        await RefusedAsync(editor, HttpMethod.Post, $"/api/articles/{slug}/{collection}", createdTag, broken, HttpStatusCode.BadRequest, member);
        await RefusedAsync(editor, HttpMethod.Put, $"/api/articles/{slug}/{collection}/{id}", createdTag, broken, HttpStatusCode.BadRequest, member);
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/{slug}/{collection}/{id}", createdTag, change, HttpStatusCode.BadRequest, member, Editor.MergePatch);
        Assert.Equal(createdTag, (await editor.EditableAsync(slug)).ETag);
    }

    [Fact]
    public async Task ItemWritesRefuseAsArticleWritesDo()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-food-refusals"));
        var (_, current, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-refusals/foods", etag, PumpkinSeeds(), HttpStatusCode.Created);
        var id = response.Headers.Location!.Segments[^1];
        var food = PumpkinSeeds().ToJsonString();
        var seedFood = await factory.ScalarAsync("SELECT min(id) FROM foods WHERE article_id = 1");

        var required = await RefusedAsync(editor, HttpMethod.Put, $"/api/articles/zinc-food-refusals/foods/{id}", null, food, HttpStatusCode.PreconditionRequired);
        var stale = await RefusedAsync(editor, HttpMethod.Put, $"/api/articles/zinc-food-refusals/foods/{id}", etag, food, HttpStatusCode.PreconditionFailed);
        await RefusedAsync(editor, HttpMethod.Put, "/api/articles/zinc-food-refusals/foods/999999", current, food, HttpStatusCode.NotFound);
        // An item of another article is not this article's.
        await RefusedAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-food-refusals/foods/{seedFood}", current, null, HttpStatusCode.NotFound);
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/no-such-article/foods", current, food, HttpStatusCode.NotFound);
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-refusals/foods", current, food, HttpStatusCode.UnsupportedMediaType, mediaType: "text/plain");
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-food-refusals/foods/{id}", current, "{\"name\":\"x\"}", HttpStatusCode.UnsupportedMediaType);
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-refusals/foods", current, "{\"name\":", HttpStatusCode.BadRequest, "$");
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-refusals/foods", current, "{\"name\":\"a\",\"name\":\"b\"}", HttpStatusCode.BadRequest, "name");
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-refusals/foods", current,
            $"{{\"name\":\"{new string('a', 1_100_000)}\"}}", HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(current, (await editor.EditableAsync("zinc-food-refusals")).ETag);
        Assert.Contains("If-Match", required.GetProperty("title").GetString());
        Assert.Contains(current, stale.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RestoringARevisionBringsAChangedFoodBackUnderItsIdAndTheDiffShowsTheChange()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-food-restore"));
        var (_, created, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-restore/foods", etag, PumpkinSeeds(), HttpStatusCode.Created);
        var id = int.Parse(response.Headers.Location!.Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (_, replaced, _) = await WriteAsync(editor, HttpMethod.Put, $"/api/articles/zinc-food-restore/foods/{id}", created, ChiaSeeds());
        var (_, deleted, _) = await WriteAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-food-restore/foods/{id}", replaced, null);

        var diff = await editor.Client.OkJsonAsync("/api/articles/zinc-food-restore/revisions/3/diff?from=2");
        Assert.Contains(diff.GetProperty("patch").EnumerateArray(), operation =>
            operation.GetProperty("path").GetString() == "/foods/0/name" && operation.GetProperty("value").GetString() == "Chia seeds");

        var (restored, _, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-food-restore/revisions/2/restore", deleted, null);
        var food = Assert.Single(restored.GetProperty("foods").EnumerateArray());
        Assert.Equal(id, food.GetProperty("id").GetInt32());
        Assert.Equal("Pumpkin seeds, roasted", food.GetProperty("name").GetString());
        Assert.Equal(1L, await factory.ScalarAsync($"SELECT count(*) FROM foods WHERE id = {id} AND name = 'Pumpkin seeds, roasted'"));
    }

    [Fact]
    public async Task ARevisionStoredBeforeCollectionsWereInTheAggregateShowsThemEmptyAndRestoresWithoutTouchingThem()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-old-revision"));
        var (_, current, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-old-revision/foods", etag, PumpkinSeeds(), HttpStatusCode.Created);
        // Revision 1 as this change found it: a snapshot without the collection members.
        var withoutCollections = factory.Dialect == SqlDialect.Sqlite
            ? "json_remove(snapshot, '$.doseRanges', '$.foods')"
            : "(snapshot::jsonb - 'doseRanges' - 'foods')::text";
        await factory.ExecuteSqlAsync($"""
            UPDATE article_revisions SET snapshot = {withoutCollections}
            WHERE number = 1 AND article_id = (SELECT id FROM articles WHERE slug = 'zinc-old-revision')
            """);

        var old = await editor.Client.OkJsonAsync("/api/articles/zinc-old-revision/revisions/1");
        Assert.Equal(0, old.GetProperty("snapshot").GetProperty("foods").GetArrayLength());
        var (restored, _, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-old-revision/revisions/1/restore", current, null);
        Assert.Equal("Pumpkin seeds, roasted", Assert.Single(restored.GetProperty("foods").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeletingADraftDeletesItsItemsSoTheyNeverBecomePublicButAPublishedArticlesItemsStay()
    {
        using var editor = await Editor.CreateAsync(factory);
        var draftTag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-deleted-draft"));
        (_, draftTag, var draftFood) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-deleted-draft/foods", draftTag, PumpkinSeeds(), HttpStatusCode.Created);
        var publishedTag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-deleted-published"));
        (_, publishedTag, var publishedFood) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-deleted-published/foods", publishedTag, ChiaSeeds(), HttpStatusCode.Created);
        publishedTag = await editor.PostAsync("/api/articles/zinc-deleted-published/publish", publishedTag);

        using (var deleted = await editor.SendAsync(HttpMethod.Delete, "/api/articles/zinc-deleted-draft", ifMatch: draftTag))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var deleted = await editor.SendAsync(HttpMethod.Delete, "/api/articles/zinc-deleted-published", ifMatch: publishedTag))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await editor.Client.GetProblemAsync(draftFood.Headers.Location!.AbsolutePath, HttpStatusCode.NotFound);
        Assert.Equal(0L, await factory.ScalarAsync($"SELECT count(*) FROM foods WHERE id = {draftFood.Headers.Location!.Segments[^1]}"));
        Assert.Equal("Chia seeds", (await editor.Client.OkJsonAsync(publishedFood.Headers.Location!.AbsolutePath)).GetProperty("name").GetString());
    }

    private static string MergeInto(JsonObject valid, string change)
    {
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject())
        {
            valid[name] = value?.DeepClone();
        }

        return valid.ToJsonString();
    }
}
