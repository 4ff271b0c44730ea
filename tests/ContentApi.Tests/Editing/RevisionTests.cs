using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;

namespace ContentApi.Tests.Editing;

/// <summary>Every write stores a revision; they list, read, diff (RFC 6902) and restore.</summary>
public class RevisionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task HeadOnAnEditorsReadGivesItsHeadersWithoutTheBody()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-head"));

        using var edit = await editor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/articles/zinc-head/edit"));
        using var revisions = await editor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/articles/zinc-head/revisions"));
        using var anonymous = factory.CreateClient();
        using var refused = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/articles/zinc-head/edit"));

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(etag, edit.Headers.ETag!.ToString());
        Assert.Empty(await edit.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, revisions.StatusCode);
        Assert.Contains("rel=\"last\"", revisions.Headers.GetValues("Link").Single());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task RevisionsComeAPageAtATimeWithLinksThatKeepThePageSize()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-pages"));
        for (var write = 1; write <= 4; write++)
        {
            etag = await editor.PatchAsync("zinc-pages", etag, new JsonObject { ["title"] = $"Zinc, take {write}" });
        }

        using var first = await editor.Client.GetAsync("/api/articles/zinc-pages/revisions?pageSize=2");
        var page = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var links = first.Headers.GetValues("Link").Single();
        var last = await editor.Client.OkJsonAsync("/api/articles/zinc-pages/revisions?pageSize=2&page=3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal([1, 2], page.GetProperty("items").EnumerateArray().Select(revision => revision.GetProperty("number").GetInt32()));
        Assert.Equal(5, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(3, page.GetProperty("totalPages").GetInt32());
        Assert.Contains("/api/articles/zinc-pages/revisions?pageSize=2&page=2>; rel=\"next\"", links);
        Assert.Contains("/api/articles/zinc-pages/revisions?pageSize=2&page=3>; rel=\"last\"", links);
        Assert.Equal([5], last.GetProperty("items").EnumerateArray().Select(revision => revision.GetProperty("number").GetInt32()));
        var invalid = await editor.Client.GetProblemAsync("/api/articles/zinc-pages/revisions?pageSize=0", HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("pageSize", out _), invalid.ToString());
    }

    [Fact]
    public async Task EveryWriteIsARevisionWithItsNumberKeyAndSummary()
    {
        using var editor = await Editor.CreateAsync(factory, "revision editor");
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-history"));
        etag = await editor.PatchAsync("zinc-history", etag, new JsonObject { ["title"] = "Zinc, again", ["category"] = "Nutrition" });
        etag = await editor.PostAsync("/api/articles/zinc-history/publish", etag);
        await editor.PostAsync("/api/articles/zinc-history/unpublish", etag);

        var revisions = await editor.RevisionsAsync("zinc-history");
        Assert.Equal([1, 2, 3, 4], revisions.Select(revision => revision.GetProperty("number").GetInt32()));
        Assert.All(revisions, revision => Assert.Equal("revision editor", revision.GetProperty("keyName").GetString()));
        Assert.Equal(["Created.", "Patched. Changed: title, category.", "Published. Changed: status, publishedAt.", "Unpublished. Changed: status."],
            revisions.Strings("summary"));
        Assert.EndsWith("/api/articles/zinc-history/revisions/2", revisions[1].GetProperty("href").GetString());
        Assert.StartsWith("http", revisions[1].GetProperty("href").GetString());

        var second = await editor.Client.OkJsonAsync("/api/articles/zinc-history/revisions/2");
        Assert.Equal("Zinc, again", second.GetProperty("snapshot").GetProperty("title").GetString());
        Assert.Equal(2, second.GetProperty("snapshot").GetProperty("version").GetInt32());
        Assert.Equal("draft", second.GetProperty("snapshot").GetProperty("status").GetString());
        await editor.Client.GetProblemAsync("/api/articles/zinc-history/revisions/9", HttpStatusCode.NotFound);
        await editor.Client.GetProblemAsync("/api/articles/no-such-article/revisions", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABlockThatChangesTypeIsDiffedMemberByMember()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-block-type"));
        // Block 1 turns from a paragraph into a list: the list's style and items are added, then removed on the way back.
        using (var toList = await editor.SendAsync(HttpMethod.Put, "/api/articles/zinc-block-type/sections/what-zinc-does/blocks/1",
                   "{\"type\":\"list\",\"style\":\"numbered\",\"items\":[\"First\",\"Second\"]}", Editor.Json, etag))
        {
            Assert.Equal(HttpStatusCode.OK, toList.StatusCode);
            etag = toList.Headers.ETag!.ToString();
        }

        using (var toParagraph = await editor.SendAsync(HttpMethod.Put, "/api/articles/zinc-block-type/sections/what-zinc-does/blocks/1",
                   "{\"type\":\"paragraph\",\"text\":\"A paragraph again.\"}", Editor.Json, etag))
        {
            Assert.Equal(HttpStatusCode.OK, toParagraph.StatusCode);
        }

        string[] Operations(JsonElement patch) => [.. patch.EnumerateArray().Select(operation => $"{operation.GetProperty("op").GetString()} {operation.GetProperty("path").GetString()}")];
        var toListPatch = (await editor.Client.OkJsonAsync("/api/articles/zinc-block-type/revisions/2/diff?from=1")).GetProperty("patch");
        var backPatch = (await editor.Client.OkJsonAsync("/api/articles/zinc-block-type/revisions/3/diff?from=2")).GetProperty("patch");
        Assert.Contains("add /sections/0/blocks/0/items", Operations(toListPatch));
        Assert.Contains("add /sections/0/blocks/0/style", Operations(toListPatch));
        Assert.Contains("remove /sections/0/blocks/0/items", Operations(backPatch));
        Assert.Contains("remove /sections/0/blocks/0/style", Operations(backPatch));
        foreach (var (from, to) in new[] { (1, 2), (2, 3), (3, 1), (1, 3) })
        {
            var diff = await editor.Client.OkJsonAsync($"/api/articles/zinc-block-type/revisions/{to}/diff?from={from}");
            var before = JsonNode.Parse((await editor.Client.OkJsonAsync($"/api/articles/zinc-block-type/revisions/{from}")).GetProperty("snapshot").GetRawText());
            var after = JsonNode.Parse((await editor.Client.OkJsonAsync($"/api/articles/zinc-block-type/revisions/{to}")).GetProperty("snapshot").GetRawText());
            Assert.True(JsonNode.DeepEquals(after, JsonPatchApplier.Apply(before, diff.GetProperty("patch"))), $"{from} -> {to}: {diff}");
        }
    }

    [Fact]
    public async Task TheDiffIsAJsonPatchThatTurnsOneSnapshotIntoTheOther()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-diff"));
        etag = await editor.PatchAsync("zinc-diff", etag, new JsonObject
        {
            ["title"] = "Zinc/diff ~ title",
            ["lastReviewedAt"] = null,
            ["sections"] = new JsonArray(Editor.Section("what-zinc-does", "Changed heading"), Editor.Section("added", "Added")),
        });
        await editor.PatchAsync("zinc-diff", etag, new JsonObject { ["sections"] = new JsonArray() });

        foreach (var (from, to) in new[] { (1, 2), (2, 1), (2, 3), (3, 1), (1, 1) })
        {
            var diff = await editor.Client.OkJsonAsync($"/api/articles/zinc-diff/revisions/{to}/diff?from={from}");
            var before = JsonNode.Parse((await editor.Client.OkJsonAsync($"/api/articles/zinc-diff/revisions/{from}")).GetProperty("snapshot").GetRawText());
            var after = JsonNode.Parse((await editor.Client.OkJsonAsync($"/api/articles/zinc-diff/revisions/{to}")).GetProperty("snapshot").GetRawText());
            Assert.True(JsonNode.DeepEquals(after, JsonPatchApplier.Apply(before, diff.GetProperty("patch"))), $"{from} -> {to}: {diff}");
        }

        var patch = (await editor.Client.OkJsonAsync("/api/articles/zinc-diff/revisions/2/diff?from=1")).GetProperty("patch");
        Assert.Contains(patch.EnumerateArray(), operation => operation.GetProperty("op").GetString() == "replace" && operation.GetProperty("path").GetString() == "/title");
        Assert.Contains(patch.EnumerateArray(), operation => operation.GetProperty("op").GetString() == "replace" && operation.GetProperty("path").GetString() == "/lastReviewedAt"
            && operation.GetProperty("value").ValueKind == JsonValueKind.Null);
        Assert.Contains(patch.EnumerateArray(), operation => operation.GetProperty("op").GetString() == "add" && operation.GetProperty("path").GetString() == "/sections/1");
        Assert.Empty((await editor.Client.OkJsonAsync("/api/articles/zinc-diff/revisions/2/diff?from=2")).GetProperty("patch").EnumerateArray());

        foreach (var from in new[] { "", "x", "1.5", "-1", "0" })
        {
            Assert.NotEmpty(await editor.Client.GetValidationErrorsAsync($"/api/articles/zinc-diff/revisions/2/diff?from={from}", "from"));
        }

        Assert.NotEmpty(await editor.Client.GetValidationErrorsAsync("/api/articles/zinc-diff/revisions/2/diff", "from"));
        Assert.NotEmpty(await editor.Client.GetValidationErrorsAsync("/api/articles/zinc-diff/revisions/2/diff?from=1&from=2", "from"));
        await editor.Client.GetProblemAsync("/api/articles/zinc-diff/revisions/2/diff?from=7", HttpStatusCode.NotFound);

        // The document says what the API does: a required integer of at least 1.
        var document = await editor.Client.OkJsonAsync("/swagger/v1/swagger.json");
        var fromParameter = document.GetProperty("paths").GetProperty("/api/articles/{slug}/revisions/{number}/diff").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Single(parameter => parameter.GetProperty("name").GetString() == "from");
        Assert.True(fromParameter.GetProperty("required").GetBoolean());
        Assert.Equal("integer", fromParameter.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(1, fromParameter.GetProperty("schema").GetProperty("minimum").GetInt32());
    }

    [Fact]
    public async Task RestoreMakesTheContentOfARevisionANewRevisionAndKeepsThePublicationState()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-restore"));
        etag = await editor.PostAsync("/api/articles/zinc-restore/publish", etag);
        etag = await editor.PatchAsync("zinc-restore", etag, new JsonObject
        {
            ["title"] = "Vandalised",
            ["sections"] = new JsonArray(Editor.Section("other", "Other"), Editor.Section("more", "More")),
        });

        etag = await editor.PostAsync("/api/articles/zinc-restore/revisions/1/restore", etag);

        var (article, current) = await editor.EditableAsync("zinc-restore");
        Assert.Equal(etag, current);
        Assert.Equal("Zinc for Colds", article.GetProperty("title").GetString());
        Assert.Equal(["what-zinc-does"], article.GetProperty("sections").EnumerateArray().Strings("key"));
        Assert.Equal("published", article.GetProperty("status").GetString());
        Assert.Equal(4, article.GetProperty("version").GetInt32());
        var revisions = await editor.RevisionsAsync("zinc-restore");
        Assert.StartsWith("Restored revision 1.", revisions[3].GetProperty("summary").GetString());
        using var anonymous = factory.CreateClient();
        Assert.Equal("Zinc for Colds", (await anonymous.OkJsonAsync("/api/articles/zinc-restore")).GetProperty("title").GetString());

        using var missing = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-restore/revisions/99/restore", ifMatch: etag);
        await missing.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RevisionReadsTakeAPreviewOrWriteKeyAndNoOther()
    {
        using var editor = await Editor.CreateAsync(factory);
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-scopes"));

        foreach (var (scopes, expected) in new[]
        {
            (new[] { ApiScopes.ContentPreview }, HttpStatusCode.OK),
            ([ApiScopes.ContentWrite], HttpStatusCode.OK),
            ([ApiScopes.KeysAdmin], HttpStatusCode.Forbidden),
        })
        {
            using var client = TestKeys.Client(factory, await TestKeys.IssueAsync(factory, "scoped", scopes));
            using var response = await client.GetAsync("/api/articles/zinc-scopes/revisions");
            Assert.Equal(expected, response.StatusCode);
        }

        using var anonymous = factory.CreateClient();
        using var refused = await anonymous.GetAsync("/api/articles/zinc-scopes/revisions/1");
        await refused.ProblemAsync(HttpStatusCode.Unauthorized);
        // A preview key reads; it does not write.
        using var preview = TestKeys.Client(factory, await TestKeys.IssueAsync(factory, "preview", ApiScopes.ContentPreview));
        using var write = await preview.PatchAsync("/api/articles/zinc-scopes", new StringContent("{}", System.Text.Encoding.UTF8, Editor.MergePatch));
        var problem = await write.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(ApiScopes.ContentWrite, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ASeededArticlesFirstWriteKeepsItsStateBeforeAsRevisionOneAndCanBeUndone()
    {
        using var editor = await Editor.CreateAsync(factory);
        var (seeded, etag) = await editor.EditableAsync("magnesium-for-restless-legs");
        var title = seeded.GetProperty("title").GetString();

        await editor.PatchAsync("magnesium-for-restless-legs", etag, new JsonObject { ["title"] = "Magnesium, retitled" });

        var revisions = await editor.RevisionsAsync("magnesium-for-restless-legs");
        Assert.Equal([1, 2], revisions.Select(revision => revision.GetProperty("number").GetInt32()));
        Assert.Equal("As it stood before its first write through the API.", revisions[0].GetProperty("summary").GetString());
        var (_, current) = await editor.EditableAsync("magnesium-for-restless-legs");
        await editor.PostAsync("/api/articles/magnesium-for-restless-legs/revisions/1/restore", current);
        Assert.Equal(title, (await editor.EditableAsync("magnesium-for-restless-legs")).Article.GetProperty("title").GetString());
    }
}

/// <summary>Applies an RFC 6902 patch of add, remove and replace, as strictly as the RFC says: every path must exist (add: its parent).</summary>
internal static class JsonPatchApplier
{
    public static JsonNode? Apply(JsonNode? document, JsonElement patch)
    {
        var root = document?.DeepClone();
        foreach (var operation in patch.EnumerateArray())
        {
            var op = operation.GetProperty("op").GetString();
            var tokens = operation.GetProperty("path").GetString()!.Split('/').Skip(1)
                .Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            var value = operation.TryGetProperty("value", out var given) ? JsonNode.Parse(given.GetRawText()) : null;
            if (tokens.Length == 0)
            {
                Assert.Equal("replace", op);
                root = value;
                continue;
            }

            var parent = tokens[..^1].Aggregate(root, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node![token]);
            var last = tokens[^1];
            switch (parent)
            {
                case JsonArray array:
                    var index = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
                    switch (op)
                    {
                        case "add":
                            Assert.InRange(index, 0, array.Count);
                            array.Insert(index, value);
                            break;
                        case "remove":
                            Assert.InRange(index, 0, array.Count - 1);
                            array.RemoveAt(index);
                            break;
                        default:
                            array[index] = value;
                            break;
                    }

                    break;
                case JsonObject members:
                    Assert.True(op == "add" || members.ContainsKey(last), $"{op} of a missing member '{last}'");
                    if (op == "remove")
                    {
                        members.Remove(last);
                    }
                    else
                    {
                        members[last] = value;
                    }

                    break;
                default:
                    Assert.Fail($"no container at {operation}");
                    break;
            }
        }

        return root;
    }
}
