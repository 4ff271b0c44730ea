using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Editing.CollectionEditor;

namespace ContentApi.Tests.Editing;

/// <summary>Interactions (with examples and aliases), side effects and remedies (ordered, with examples) written one at a time.</summary>
public class InteractionSideEffectRemedyWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    /// <summary>Facts sheet, interactions table: quinolones, at least 2 h before or 4–6 h after magnesium [MEDX].</summary>
    private static JsonObject Quinolones() => new()
    {
        ["kind"] = "medication", ["name"] = "Quinolone antibiotics", ["substance"] = "magnesium", ["drugClass"] = "Quinolone antibiotic",
        ["examples"] = new JsonArray("ciprofloxacin", "levofloxacin"),
        ["aliases"] = new JsonArray(new JsonObject { ["name"] = "zinc-test quinolone alias", ["type"] = "class" }),
        ["mechanism"] = "Magnesium binds the antibiotic in the gut, so less of it is absorbed.",
        ["guidance"] = "Take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium.",
        ["medicineHoursBeforeMagnesium"] = 2, ["medicineHoursAfterMagnesium"] = 4, ["medicineHoursAfterMagnesiumUpTo"] = 6,
        ["severity"] = "moderate", ["doseCaution"] = false, ["sourceKey"] = "ODS",
    };

    private static JsonObject SideEffect(string name) => new() { ["name"] = name, ["severity"] = "common", ["description"] = $"{name}, in plain words.", ["sourceKey"] = "HL" };

    private static JsonObject Exercise() => new()
    {
        ["kind"] = "alternative", ["name"] = "Regular exercise", ["description"] = "Moderate exercise on most days, finished well before bedtime.",
        ["evidenceLevel"] = null, ["dependenceNote"] = null, ["augmentationNote"] = null, ["examples"] = new JsonArray(), ["sourceKey"] = "HL",
    };

    [Fact]
    public async Task AnInteractionIsWrittenWithItsExamplesAndAliasesAndTheCheckMatchesItsAliasOncePublished()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-interactions"));
        etag = await editor.PostAsync("/api/articles/zinc-interactions/publish", etag);

        var (created, current, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-interactions/interactions", etag, Quinolones(), HttpStatusCode.Created);
        var id = created.GetProperty("interactions")[0].GetProperty("id").GetInt32();
        Assert.EndsWith($"/api/interactions/{id}", response.Headers.Location!.ToString());
        Assert.Equal(["ciprofloxacin", "levofloxacin"], created.GetProperty("interactions")[0].GetProperty("examples").EnumerateArray().Select(example => example.GetString()));
        var published = await editor.Client.OkJsonAsync($"/api/interactions/{id}");
        Assert.Equal(6, published.GetProperty("spacing").GetProperty("medicineHoursAfterMagnesiumUpTo").GetDouble());
        var check = await editor.Client.OkJsonAsync("/api/interactions/check?medications=zinc-test%20quinolone%20alias");
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), check.GetRawText());

        (var patched, current, _) = await WriteAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-interactions/interactions/{id}", current,
            new JsonObject { ["examples"] = new JsonArray("ciprofloxacin"), ["aliases"] = new JsonArray() }, mediaType: Editor.MergePatch);
        Assert.Equal(1, patched.GetProperty("interactions")[0].GetProperty("examples").GetArrayLength());
        Assert.Equal(0L, await factory.ScalarAsync($"SELECT count(*) FROM interaction_aliases WHERE interaction_id = {id}"));

        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-interactions/interactions/{id}", current,
            "{\"medicineHoursAfterMagnesium\":6,\"medicineHoursAfterMagnesiumUpTo\":4}", HttpStatusCode.BadRequest, "medicineHoursAfterMagnesiumUpTo", Editor.MergePatch);
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-interactions/interactions/{id}", current,
            "{\"aliases\":[{\"name\":\"Cipro\",\"type\":\"brand\"},{\"name\":\"Cipro\",\"type\":\"brand\"}]}", HttpStatusCode.BadRequest, "aliases", Editor.MergePatch);
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-interactions/interactions/{id}", current,
            "{\"aliases\":[{\"name\":\"Cipro\",\"type\":\"nickname\"}]}", HttpStatusCode.BadRequest, "aliases[0].type", Editor.MergePatch);
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-interactions/interactions/{id}", current,
            "{\"severity\":\"fatal\"}", HttpStatusCode.BadRequest, "severity", Editor.MergePatch);

        (var deleted, _, _) = await WriteAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-interactions/interactions/{id}", current, null);
        Assert.Equal(0, deleted.GetProperty("interactions").GetArrayLength());
        Assert.Equal(0L, await factory.ScalarAsync($"SELECT count(*) FROM interaction_examples WHERE interaction_id = {id}"));
        await editor.Client.GetProblemAsync($"/api/interactions/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SideEffectsKeepDensePositionsInTheOrderTheyWereAddedWhenOneIsDeleted()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-side-effects"));
        foreach (var name in new[] { "Stomach upset", "Nausea", "Diarrhea" })
        {
            (_, etag, _) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-side-effects/side-effects", etag, SideEffect(name), HttpStatusCode.Created);
        }

        var (article, _) = await editor.EditableAsync("zinc-side-effects");
        var nausea = article.GetProperty("sideEffects")[1].GetProperty("id").GetInt32();
        (var deleted, etag, _) = await WriteAsync(editor, HttpMethod.Delete, $"/api/articles/zinc-side-effects/side-effects/{nausea}", etag, null);
        Assert.Equal(["Stomach upset", "Diarrhea"], deleted.GetProperty("sideEffects").EnumerateArray().Strings("name"));
        var positions = await factory.QueryAsync<long>(
            "SELECT e.position FROM side_effects e JOIN articles a ON a.id = e.article_id WHERE a.slug = 'zinc-side-effects' ORDER BY e.position");
        Assert.Equal([1L, 2L], positions);
        await RefusedAsync(editor, HttpMethod.Post, "/api/articles/zinc-side-effects/side-effects", etag,
            "{\"name\":\"x\",\"severity\":\"rare\",\"description\":\"x\",\"sourceKey\":\"HL\"}", HttpStatusCode.BadRequest, "severity");
    }

    [Fact]
    public async Task ARemedyIsWrittenWithItsExamplesAndServedPubliclyOncePublished()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-remedies"));
        etag = await editor.PostAsync("/api/articles/zinc-remedies/publish", etag);
        var (_, current, response) = await WriteAsync(editor, HttpMethod.Post, "/api/articles/zinc-remedies/remedies", etag, Exercise(), HttpStatusCode.Created);
        var id = response.Headers.Location!.Segments[^1];
        Assert.Contains("/api/remedies/", response.Headers.Location!.ToString());

        var replaced = Exercise();
        replaced["kind"] = "conventional";
        replaced["name"] = "Dopamine agonists";
        replaced["examples"] = new JsonArray("pramipexole", "ropinirole");
        (var written, current, _) = await WriteAsync(editor, HttpMethod.Put, $"/api/articles/zinc-remedies/remedies/{id}", current, replaced);
        Assert.Equal(["pramipexole", "ropinirole"], written.GetProperty("remedies")[0].GetProperty("examples").EnumerateArray().Select(example => example.GetString()));
        var remedy = await editor.Client.OkJsonAsync($"/api/remedies/{id}");
        Assert.Equal(["pramipexole", "ropinirole"], remedy.GetProperty("examples").EnumerateArray().Select(example => example.GetString()));
        await RefusedAsync(editor, HttpMethod.Patch, $"/api/articles/zinc-remedies/remedies/{id}", current,
            "{\"examples\":[\"ropinirole\",\"ropinirole\"]}", HttpStatusCode.BadRequest, "examples", Editor.MergePatch);
    }
}
