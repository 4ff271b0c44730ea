using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;

namespace ContentApi.Tests.Editing;

/// <summary>A client holding a key with content:write and content:preview, and the requests the editing tests send.</summary>
internal sealed class Editor(HttpClient client) : IDisposable
{
    public const string Json = "application/json";

    public const string MergePatch = "application/merge-patch+json";

    public HttpClient Client { get; } = client;

    public static async Task<Editor> CreateAsync(ContentApiFactory factory, string name = "editor") =>
        new(TestKeys.Client(factory, await TestKeys.IssueAsync(factory, name, ApiScopes.ContentWrite, ApiScopes.ContentPreview)));

    /// <summary>A valid new article: one section with a paragraph citing a served source, and a list.</summary>
    public static JsonObject NewArticle(string slug, string title = "Zinc for Colds") => new()
    {
        ["slug"] = slug,
        ["title"] = title,
        ["summary"] = "Whether zinc lozenges shorten colds.",
        ["category"] = "Minerals",
        ["disclaimer"] = "This is not medical advice.",
        ["lastReviewedAt"] = "2026-01-01T00:00:00Z",
        ["nextReviewAt"] = "2027-01-01T00:00:00Z",
        ["sections"] = new JsonArray(Section("what-zinc-does", "What zinc does")),
    };

    public static JsonObject Section(string key, string heading) => new()
    {
        ["key"] = key,
        ["heading"] = heading,
        ["blocks"] = new JsonArray(
            new JsonObject { ["type"] = "paragraph", ["text"] = $"Zinc is a trace mineral ({key}).", ["sourceKey"] = "ODS" },
            new JsonObject { ["type"] = "list", ["text"] = null, ["style"] = "bulleted", ["items"] = new JsonArray("Lozenges", "Syrup"), ["sourceKey"] = null }),
    };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? body = null, string mediaType = Json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Creates the article and returns its ETag.</summary>
    public async Task<string> CreateArticleAsync(JsonObject article)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/articles", article.ToJsonString());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.ToString();
    }

    public async Task<string> PatchAsync(string slug, string etag, JsonObject patch)
    {
        using var response = await SendAsync(HttpMethod.Patch, $"/api/articles/{slug}", patch.ToJsonString(), MergePatch, etag);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.ToString();
    }

    public async Task<string> PostAsync(string url, string etag)
    {
        using var response = await SendAsync(HttpMethod.Post, url, ifMatch: etag);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.ToString();
    }

    /// <summary>The editor's view and its version ETag.</summary>
    public async Task<(JsonElement Article, string ETag)> EditableAsync(string slug)
    {
        using var response = await Client.GetAsync($"/api/articles/{slug}/edit");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Headers.ETag!.ToString());
    }

    /// <summary>Every revision of the article, oldest first, read page by page through the Link header's rel="next".</summary>
    public async Task<List<JsonElement>> RevisionsAsync(string slug)
    {
        var revisions = new List<JsonElement>();
        for (var url = $"/api/articles/{slug}/revisions?pageSize=100"; url is not null;)
        {
            using var response = await Client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            revisions.AddRange(JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().Select(revision => revision.Clone()));
            url = response.Headers.GetValues("Link").Single().Split(", ").Where(link => link.EndsWith("rel=\"next\"", StringComparison.Ordinal))
                .Select(link => link[1..link.IndexOf('>', StringComparison.Ordinal)]).SingleOrDefault();
        }

        return revisions;
    }

    public void Dispose() => Client.Dispose();
}
