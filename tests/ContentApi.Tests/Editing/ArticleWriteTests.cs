using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;

namespace ContentApi.Tests.Editing;

/// <summary>Create, replace, patch, publish, unpublish and delete, with If-Match, over real HTTP and a real file.</summary>
public partial class ArticleWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task CreateAnswers201WithLocationAndTheVersionETagThatGetEditServes()
    {
        using var editor = await Editor.CreateAsync(factory);
        using var response = await editor.SendAsync(HttpMethod.Post, "/api/articles", Editor.NewArticle("zinc-created").ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/articles/zinc-created", response.Headers.Location!.AbsolutePath);
        Assert.Matches(VersionTag(), response.Headers.ETag!.ToString());
        Assert.Equal("private, no-store", TestKeys.CacheControl(response));
        var created = await response.Content.ReadJsonAsync();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKindNull, created.GetProperty("publishedAt").ValueKind);
        var (editable, etag) = await editor.EditableAsync("zinc-created");
        Assert.Equal(response.Headers.ETag!.ToString(), etag);
        Assert.Equal("ODS", editable.GetProperty("sections")[0].GetProperty("blocks")[0].GetProperty("sourceKey").GetString());
    }

    [Fact]
    public async Task ATakenSlugIs409AndIfNoneMatchStarRefusesToOverwriteWith412()
    {
        using var editor = await Editor.CreateAsync(factory);
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-taken"));

        using var again = await editor.SendAsync(HttpMethod.Post, "/api/articles", Editor.NewArticle("zinc-taken", "Other").ToJsonString());
        Assert.Contains("zinc-taken", (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(Editor.NewArticle("zinc-taken").ToJsonString(), System.Text.Encoding.UTF8, Editor.Json) };
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var guarded = await editor.Client.SendAsync(request);
        await guarded.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Zinc for Colds", (await editor.EditableAsync("zinc-taken")).Article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task WritesWithoutIfMatchAre428AndStaleOnesAre412WithTheCurrentETag()
    {
        using var editor = await Editor.CreateAsync(factory);
        var first = await editor.CreateArticleAsync(Editor.NewArticle("zinc-if-match"));
        var second = await editor.PatchAsync("zinc-if-match", first, new JsonObject { ["title"] = "Zinc, second" });

        var writes = new (HttpMethod Method, string Url, string? Body, string MediaType)[]
        {
            (HttpMethod.Patch, "/api/articles/zinc-if-match", "{\"title\":\"x\"}", Editor.MergePatch),
            (HttpMethod.Put, "/api/articles/zinc-if-match", Editor.NewArticle("x").ToJsonString().Replace("\"slug\":\"x\",", "", StringComparison.Ordinal), Editor.Json),
            (HttpMethod.Post, "/api/articles/zinc-if-match/publish", null, Editor.Json),
            (HttpMethod.Post, "/api/articles/zinc-if-match/unpublish", null, Editor.Json),
            (HttpMethod.Post, "/api/articles/zinc-if-match/revisions/1/restore", null, Editor.Json),
            (HttpMethod.Delete, "/api/articles/zinc-if-match", null, Editor.Json),
        };
        foreach (var (method, url, body, mediaType) in writes)
        {
            using var missing = await editor.SendAsync(method, url, body, mediaType);
            Assert.Contains("If-Match", (await missing.ProblemAsync(HttpStatusCode.PreconditionRequired)).GetProperty("title").GetString());
            foreach (var stale in new[] { first, $"W/{second}", "\"something-else\"" })
            {
                using var refused = await editor.SendAsync(method, url, body, mediaType, stale);
                await refused.ProblemAsync(HttpStatusCode.PreconditionFailed);
                Assert.Equal(second, refused.Headers.ETag!.ToString());
            }
        }

        // Nothing of the refused writes landed.
        var (article, etag) = await editor.EditableAsync("zinc-if-match");
        Assert.Equal(second, etag);
        Assert.Equal("Zinc, second", article.GetProperty("title").GetString());
        Assert.Equal(2, article.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PatchMergesAndPutReplacesAndPositionsStayDense()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-patch"));

        etag = await editor.PatchAsync("zinc-patch", etag, new JsonObject { ["summary"] = "Changed.", ["lastReviewedAt"] = null });
        var (patched, _) = await editor.EditableAsync("zinc-patch");
        Assert.Equal("Zinc for Colds", patched.GetProperty("title").GetString());
        Assert.Equal("Changed.", patched.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKindNull, patched.GetProperty("lastReviewedAt").ValueKind);

        var replacement = Editor.NewArticle("unused", "Zinc, replaced");
        replacement.Remove("slug");
        replacement["sections"] = new JsonArray(Editor.Section("third", "Third"), Editor.Section("first", "First"), Editor.Section("second", "Second"));
        using var put = await editor.SendAsync(HttpMethod.Put, "/api/articles/zinc-patch", replacement.ToJsonString(), ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        etag = await editor.PostAsync("/api/articles/zinc-patch/publish", put.Headers.ETag!.ToString());

        var sections = await editor.Client.OkJsonAsync("/api/articles/zinc-patch/sections");
        Assert.Equal([1, 2, 3], sections.EnumerateArray().Select(section => section.GetProperty("position").GetInt32()));
        Assert.Equal(["third", "first", "second"], sections.EnumerateArray().Strings("key"));

        // A section dropped and the others moved: still 1..n.
        etag = await editor.PatchAsync("zinc-patch", etag, new JsonObject { ["sections"] = new JsonArray(Editor.Section("second", "Second"), Editor.Section("third", "Third")) });
        sections = await editor.Client.OkJsonAsync("/api/articles/zinc-patch/sections");
        Assert.Equal([1, 2], sections.EnumerateArray().Select(section => section.GetProperty("position").GetInt32()));
        Assert.Equal(["second", "third"], sections.EnumerateArray().Strings("key"));
        Assert.Equal(["Lozenges", "Syrup"], sections[0].GetProperty("blocks")[1].GetProperty("items").EnumerateArray().Select(item => item.GetString()));

        // A patch that changes nothing makes no version and no revision.
        Assert.Equal(etag, await editor.PatchAsync("zinc-patch", etag, new JsonObject { ["title"] = "Zinc, replaced" }));
    }

    [Fact]
    public async Task PublishNeedsASectionAndANonFutureTimeAndUnpublishHidesTheArticleAgain()
    {
        using var editor = await Editor.CreateAsync(factory);
        var empty = Editor.NewArticle("zinc-empty");
        empty.Remove("sections");
        var etag = await editor.CreateArticleAsync(empty);

        using var refused = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-empty/publish", ifMatch: etag);
        Assert.Contains("at least one section", (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());

        using var future = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-empty/publish", "{\"publishedAt\":\"2999-01-01T00:00:00Z\"}", ifMatch: etag);
        await future.ProblemAsync(HttpStatusCode.UnprocessableEntity);

        etag = await editor.PatchAsync("zinc-empty", etag, new JsonObject { ["sections"] = new JsonArray(Editor.Section("only", "Only")) });
        using var published = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-empty/publish", "{\"publishedAt\":\"2026-02-03T04:05:06Z\"}", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        etag = published.Headers.ETag!.ToString();
        using var anonymous = factory.CreateClient();
        var article = await anonymous.OkJsonAsync("/api/articles/zinc-empty");
        Assert.Equal("2026-02-03T04:05:06+00:00", article.GetProperty("publishedAt").GetString());

        // Taking the last section from a published article breaks the same rule.
        using var emptied = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-empty", "{\"sections\":[]}", Editor.MergePatch, etag);
        await emptied.ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await editor.PostAsync("/api/articles/zinc-empty/unpublish", etag);
        await anonymous.GetProblemAsync("/api/articles/zinc-empty", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteAnswers204AndTheArticleIsGoneEverywhere()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-deleted"));
        etag = await editor.PostAsync("/api/articles/zinc-deleted/publish", etag);

        using var deleted = await editor.SendAsync(HttpMethod.Delete, "/api/articles/zinc-deleted", ifMatch: etag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await editor.Client.GetProblemAsync("/api/articles/zinc-deleted/edit", HttpStatusCode.NotFound);
        using var anonymous = factory.CreateClient();
        await anonymous.GetProblemAsync("/api/articles/zinc-deleted", HttpStatusCode.NotFound);
        using var again = await editor.SendAsync(HttpMethod.Delete, "/api/articles/zinc-deleted", ifMatch: etag);
        await again.ProblemAsync(HttpStatusCode.NotFound);
        // The audit trail keeps the deletion.
        var slug = factory.Dialect == SqlDialect.Sqlite ? "snapshot ->> '$.slug'" : "snapshot::jsonb ->> 'slug'";
        Assert.Equal("Deleted.", await factory.ScalarAsync(
            $"SELECT summary FROM article_revisions WHERE {slug} = 'zinc-deleted' ORDER BY number DESC LIMIT 1"));
    }

    [Fact]
    public async Task AnArticleCreatedAfterADeletionInheritsNeitherItsRevisionsNorItsETags()
    {
        using var editor = await Editor.CreateAsync(factory);
        var created = await editor.CreateArticleAsync(Editor.NewArticle("zinc-reborn", "First life"));
        var edited = await editor.PatchAsync("zinc-reborn", created, new JsonObject { ["title"] = "First life, edited" });
        using (var deleted = await editor.SendAsync(HttpMethod.Delete, "/api/articles/zinc-reborn", ifMatch: edited))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var reborn = await editor.CreateArticleAsync(Editor.NewArticle("zinc-reborn", "Second life"));
        Assert.NotEqual(created, reborn);
        var revisions = await editor.RevisionsAsync("zinc-reborn");
        Assert.Equal(["Created."], revisions.Select(revision => revision.GetProperty("summary").GetString()));
        // A client still holding the first article's first tag cannot overwrite the newcomer at the same version.
        using var stale = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-reborn", "{\"title\":\"Overwritten\"}", Editor.MergePatch, created);
        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task ADraftIsHiddenFromEveryPublicRead()
    {
        using var editor = await Editor.CreateAsync(factory);
        var draft = Editor.NewArticle("zinc-draft", "Quokkaword draft");
        draft["sections"] = new JsonArray(Editor.Section("what-zinc-does", "Wombatword heading"));
        await editor.CreateArticleAsync(draft);
        using var anonymous = factory.CreateClient();

        foreach (var url in new[] { "/api/articles/zinc-draft", "/api/articles/zinc-draft.jsonld", "/api/articles/zinc-draft/sections", "/api/articles/zinc-draft/sections/what-zinc-does" })
        {
            await anonymous.GetProblemAsync(url, HttpStatusCode.NotFound);
        }

        Assert.DoesNotContain("zinc-draft", (await anonymous.OkJsonAsync("/api/articles?pageSize=100")).Items().Strings("slug"));
        Assert.DoesNotContain("zinc-draft", (await anonymous.OkJsonAsync("/api/articles?q=Quokkaword")).Items().Strings("slug"));
        Assert.Equal(0, (await anonymous.OkJsonAsync("/api/search?q=Quokkaword")).GetProperty("totalItems").GetInt32());
        Assert.Equal(0, (await anonymous.OkJsonAsync("/api/search?q=Wombatword")).GetProperty("totalItems").GetInt32());
        // A key changes nothing about the public reads.
        await editor.Client.GetProblemAsync("/api/articles/zinc-draft", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AScheduledDraftStaysHiddenUntilItsTimeAndIsThenPublishedAsARevision()
    {
        using var editor = await Editor.CreateAsync(factory, "scheduler");
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-scheduled"));
        var at = DateTimeOffset.UtcNow.AddSeconds(2);
        var time = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        using var scheduled = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-scheduled/publish", $"{{\"publishedAt\":\"{time}\"}}", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var draft = await scheduled.Content.ReadJsonAsync();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(time.Replace("Z", "+00:00", StringComparison.Ordinal), draft.GetProperty("scheduledAt").GetString());
        using var anonymous = factory.CreateClient();
        await anonymous.GetProblemAsync("/api/articles/zinc-scheduled", HttpStatusCode.NotFound);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            using var read = await anonymous.GetAsync("/api/articles/zinc-scheduled");
            status = read.StatusCode;
        }
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(DateTimeOffset.UtcNow >= at.AddSeconds(-1), "published before its time");
        var (article, _) = await editor.EditableAsync("zinc-scheduled");
        Assert.Equal("published", article.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, article.GetProperty("scheduledAt").ValueKind);
        var last = (await editor.RevisionsAsync("zinc-scheduled")).Last();
        Assert.Equal("Published as scheduled. Changed: status, publishedAt, scheduledAt.", last.GetProperty("summary").GetString());
        Assert.Equal("scheduler", last.GetProperty("keyName").GetString());
    }

    [Fact]
    public async Task UnpublishCancelsASchedule()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-unscheduled"));
        using var scheduled = await editor.SendAsync(HttpMethod.Post, "/api/articles/zinc-unscheduled/publish", "{\"publishedAt\":\"2999-01-01T00:00:00Z\"}", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);

        await editor.PostAsync("/api/articles/zinc-unscheduled/unpublish", scheduled.Headers.ETag!.ToString());

        Assert.Equal(JsonValueKindNull, (await editor.EditableAsync("zinc-unscheduled")).Article.GetProperty("scheduledAt").ValueKind);
        Assert.Equal(0L, await factory.ScalarAsync("SELECT count(*) FROM article_schedules"));
    }

    [GeneratedRegex("^\"article-[0-9]+-v1\"$")]
    private static partial Regex VersionTag();

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
