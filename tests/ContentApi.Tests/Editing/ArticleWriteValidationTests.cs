using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>Every rule of the document, per field and across fields, and every way a body can be unreadable: each a problem naming the fault.</summary>
public sealed class ArticleWriteValidationTests(ArticleWriteValidationTests.SmallBodyApi factory) : IClassFixture<ArticleWriteValidationTests.SmallBodyApi>
{
    /// <summary>A host whose body limit is small enough to test.</summary>
    public sealed class SmallBodyApi : ContentApiFactory
    {
        public SmallBodyApi() => WithSetting("Editing:MaxBodyBytes", "4096");
    }

    public static TheoryData<string, string, string> Faults => new()
    {
        // member (a JSON Pointer into the new article), value as JSON, the error key
        { "/slug", "\"Zinc For Colds\"", "slug" },
        { "/slug", "\"zinc--colds\"", "slug" },
        { "/slug", "\"zinc-\"", "slug" },
        { "/slug", "null", "slug" },
        { "/title", "\"\"", "title" },
        { "/title", "null", "title" },
        { "/title", $"\"{new string('t', 201)}\"", "title" },
        { "/title", "\"tab\\there\"", "title" },
        { "/summary", "null", "summary" },
        { "/category", $"\"{new string('c', 51)}\"", "category" },
        { "/disclaimer", "\"\"", "disclaimer" },
        { "/nextReviewAt", "\"2025-06-01T00:00:00Z\"", "nextReviewAt" },
        { "/lastReviewedAt", "\"2999-01-01T00:00:00Z\"", "lastReviewedAt" },
        { "/lastReviewedAt", "\"yesterday\"", "lastReviewedAt" },
        { "/title", "42", "title" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[]},{\"key\":\"a\",\"heading\":\"B\",\"blocks\":[]}]", "sections" },
        { "/sections", "[{\"key\":\"Not A Key\",\"heading\":\"A\",\"blocks\":[]}]", "sections[0].key" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"\",\"blocks\":[]}]", "sections[0].heading" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\"}]", "sections[0].blocks" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"sourceKey\":null}]}]", "sections[0].blocks[0].text" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"dotted\",\"items\":[\"x\"]}]}]", "sections[0].blocks[0].style" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"bulleted\",\"items\":[]}]}]", "sections[0].blocks[0].items" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\",\"sourceKey\":\"NOPE\"}]}]", "sections[0].blocks[0].sourceKey" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"video\",\"text\":\"x\"}]}]", "sections[0].blocks[0]" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"h\\u0000x\",\"blocks\":[]}]", "sections[0].heading" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\\u0001y\"}]}]", "sections[0].blocks[0].text" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"bulleted\",\"items\":[\"ok\",\"a\\u0000b\"]}]}]", "sections[0].blocks[0].items[1]" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"bulleted\",\"items\":[\"" + new string('i', 2001) + "\"]}]}]", "sections[0].blocks[0].items[0]" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"bulleted\",\"items\":[" + string.Join(',', Enumerable.Repeat("\"i\"", 101)) + "]}]}]", "sections[0].blocks[0].items" },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\",\"colour\":\"red\"}]}]", "sections[0].blocks[0]" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task CreateRefusesEachFaultWithA400NamingIt(string member, string value, string key)
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle($"zinc-valid-{Guid.NewGuid():N}"[..30]);
        article[member.TrimStart('/')] = JsonNode.Parse(value);

        using var response = await editor.SendAsync(HttpMethod.Post, "/api/articles", article.ToJsonString());
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Any(error => error.Name.StartsWith(key, StringComparison.Ordinal)), $"errors do not name '{key}': {errors}");
        Assert.Equal(0, Convert.ToInt32(await SqliteFile.ScalarAsync(factory.DatabasePath, $"SELECT count(*) FROM articles WHERE slug = '{article["slug"]}'"), System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string, string, string> WrongValues => new()
    {
        // member, value as JSON, the error key, what its message says
        { "/title", "42", "title", "'title' must be a string." },
        { "/lastReviewedAt", "\"yesterday\"", "lastReviewedAt", "'lastReviewedAt' must be a date-time string (RFC 3339" },
        { "/lastReviewedAt", "true", "lastReviewedAt", "'lastReviewedAt' must be a date-time string" },
        { "/sections", "\"none\"", "sections", "'sections' must be an array." },
        { "/sections", "[[]]", "sections[0]", "'sections[0]' must be an object." },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"list\",\"style\":\"bulleted\",\"items\":\"x\"}]}]", "sections[0].blocks[0].items", "must be an array." },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"video\",\"text\":\"x\"}]}]", "sections[0].blocks[0]", "A block's 'type' is 'paragraph' or 'list', not 'video'." },
        { "/sections", "[{\"key\":\"a\",\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\",\"colour\":\"red\"}]}]", "sections[0].blocks[0]", "'colour' is not a member there." },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public async Task AValueOfTheWrongTypeIsNamedWithTheJsonTypeItsMemberTakes(string member, string value, string key, string message)
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle($"zinc-typed-{Guid.NewGuid():N}"[..30]);
        article[member.TrimStart('/')] = JsonNode.Parse(value);

        using var response = await editor.SendAsync(HttpMethod.Post, "/api/articles", article.ToJsonString());
        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        var named = errors.EnumerateObject().Where(error => error.Name.StartsWith(key, StringComparison.Ordinal)).SelectMany(error => error.Value.EnumerateArray()).Select(text => text.GetString()!).ToList();
        Assert.True(named.Any(text => text.Contains(message, StringComparison.Ordinal)), $"no error at '{key}' says \"{message}\": {errors}");
        Assert.DoesNotContain("System.", errors.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatchAppliesTheSameRulesToTheMergedArticle()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-merged-rules"));

        using var removed = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-merged-rules", "{\"title\":null,\"nextReviewAt\":\"2025-01-01T00:00:00Z\"}", Editor.MergePatch, etag);
        var errors = (await removed.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("nextReviewAt", out _));

        using var slug = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-merged-rules", "{\"slug\":\"renamed\"}", Editor.MergePatch, etag);
        Assert.True((await slug.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("slug", out _));
        using var status = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-merged-rules", "{\"status\":\"published\"}", Editor.MergePatch, etag);
        Assert.True((await status.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task TheWrongMediaTypeIs415()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-media"));
        var body = Editor.NewArticle("zinc-media-2").ToJsonString();

        foreach (var (method, url, mediaType) in new[]
        {
            (HttpMethod.Post, "/api/articles", "text/plain"),
            (HttpMethod.Post, "/api/articles", Editor.MergePatch),
            (HttpMethod.Post, "/api/articles", "application/json; charset=latin1"),
            (HttpMethod.Patch, "/api/articles/zinc-media", Editor.Json),
            (HttpMethod.Put, "/api/articles/zinc-media", Editor.MergePatch),
            (HttpMethod.Post, "/api/articles/zinc-media/publish", "text/plain"),
        })
        {
            using var response = await editor.SendAsync(method, url, body, mediaType, etag);
            await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndNothingIsWritten()
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle("zinc-large");
        article["summary"] = new string('s', 5000);

        using var response = await editor.SendAsync(HttpMethod.Post, "/api/articles", article.ToJsonString());
        Assert.Contains("4096", (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString());

        // Chunked, without Content-Length: counted as it is read.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(article.ToJsonString()))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Editor.Json);
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await editor.Client.SendAsync(request);
        await chunked.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task MalformedJsonIs400NamingWhereAndUnknownMembersAre400NamingThem()
    {
        using var editor = await Editor.CreateAsync(factory);

        using var malformed = await editor.SendAsync(HttpMethod.Post, "/api/articles", "{\n  \"slug\": \"zinc-x\",\n  \"title\": ,\n}");
        var detail = (await malformed.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("$")[0].GetString();
        Assert.Contains("line 3", detail);

        var article = Editor.NewArticle("zinc-unknown");
        article["author"] = "me";
        using var unknown = await editor.SendAsync(HttpMethod.Post, "/api/articles", article.ToJsonString());
        Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("author", out _));

        using var array = await editor.SendAsync(HttpMethod.Post, "/api/articles", "[]");
        await array.ProblemAsync(HttpStatusCode.BadRequest);
        using var empty = await editor.SendAsync(HttpMethod.Post, "/api/articles", "");
        await empty.ProblemAsync(HttpStatusCode.BadRequest);
    }
}

/// <summary>Bodies built to break a reader: each is a 4xx problem, never a 5xx, and changes nothing.</summary>
public class HostileWriteBodyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, string> Bodies => new()
    {
        { "/api/articles", "{\"slug\":\"a\",\"slug\":\"b\"}" },
        { "/api/articles", new string('[', 5000) },
        { "/api/articles", "{\"sections\":" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "}" },
        { "/api/articles", "{\"title\":\"\\ud800\"}" },
        { "/api/articles", "{\"\\ud800\":1}" },
        { "/api/articles", "{\"sections\":[{\"key\":\"k\",\"heading\":\"h\",\"blocks\":[{\"\\udfff\":1,\"type\":\"paragraph\"}]}]}" },
        { "/api/articles", "\"just a string\"" },
        { "/api/articles", "null" },
        { "/api/articles", "{\"sections\":[null]}" },
        { "/api/articles", "{\"sections\":[{\"blocks\":[null,{}]}]}" },
        { "/api/articles", "{\"sections\":{}}" },
        { "/api/articles/zinc-hostile/sections", "{\"position\":99999999999}" },
        { "/api/articles/zinc-hostile/sections", "{\"position\":\"1\",\"key\":\"k\",\"heading\":\"h\"}" },
        { "/api/articles/zinc-hostile/sections", "{\"position\":-1,\"key\":\"k\",\"heading\":\"h\"}" },
        { "/api/articles/zinc-hostile/sections/what-zinc-does/blocks", "{\"block\":null}" },
        { "/api/articles/zinc-hostile/sections/what-zinc-does/blocks", "{\"block\":{\"type\":\"list\"}}" },
        { "/api/articles/zinc-hostile/sections/what-zinc-does/blocks", "{\"block\":{\"type\":5}}" },
        { "/api/articles/zinc-hostile/sections/what-zinc-does/move", "{}" },
        { "/api/articles/zinc-hostile/publish", "{\"publishedAt\":\"not a time\"}" },
        { "/api/articles/zinc-hostile/publish", "{\"publishedAt\":\"\\u0000\"}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AHostileBodyIsA4xxProblem(string url, string body)
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await EnsureArticleAsync(editor);

        using var response = await editor.SendAsync(HttpMethod.Post, url, body, Editor.Json, etag);

        Assert.InRange((int)response.StatusCode, 400, 499);
        await response.ProblemAsync(response.StatusCode);
        Assert.Equal(etag, (await editor.EditableAsync("zinc-hostile")).ETag);
    }

    private static async Task<string> EnsureArticleAsync(Editor editor)
    {
        using var existing = await editor.Client.GetAsync("/api/articles/zinc-hostile/edit");
        return existing.IsSuccessStatusCode ? existing.Headers.ETag!.ToString() : await editor.CreateArticleAsync(Editor.NewArticle("zinc-hostile"));
    }
}
