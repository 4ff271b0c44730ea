using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Keys;

namespace ContentApi.Tests.Comments;

/// <summary>
/// A reader posting from a client address of its own (the per-client limit is per address), and a moderator's
/// client: the requests the comment tests send.
/// </summary>
internal sealed class Commenter(HttpClient client) : IDisposable
{
    public const string Article = "magnesium-for-restless-legs";

    public HttpClient Client { get; } = client;

    public static Commenter Create(ContentApiFactory factory) => new(TestKeys.Client(factory));

    public static async Task<HttpClient> ModeratorAsync(ContentApiFactory factory) =>
        TestKeys.Client(factory, await TestKeys.IssueAsync(factory, "moderator", ApiScopes.CommentsModerate));

    /// <summary>A valid comment; each call's body differs, so no two are duplicates.</summary>
    public static JsonObject Comment(string email = "reader@example.org", string? body = null) => new()
    {
        ["authorName"] = "Ada Reader",
        ["email"] = email,
        ["body"] = body ?? $"Magnesium helped my legs at night ({Guid.NewGuid():N}).",
    };

    public async Task<string> FormTokenAsync(string slug = Article)
    {
        var token = await Client.OkJsonAsync($"/api/articles/{slug}/comments/form-token");
        return token.GetProperty("token").GetString()!;
    }

    /// <summary>Posts <paramref name="comment"/> with a fresh form token unless it carries one.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject comment, string slug = Article)
    {
        if (!comment.ContainsKey("formToken"))
        {
            comment["formToken"] = await FormTokenAsync(slug);
        }

        return await SendAsync($"/api/articles/{slug}/comments", comment.ToJsonString());
    }

    /// <summary>Posts and asserts the 201; the comment's id.</summary>
    public async Task<long> PostOkAsync(JsonObject comment, string slug = Article)
    {
        using var response = await PostAsync(comment, slug);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
    }

    public Task<HttpResponseMessage> SendAsync(string url, string body, string mediaType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return Client.PostAsync(url, content);
    }

    public static async Task ModerateAsync(HttpClient moderator, long id, string action)
    {
        using var response = await moderator.PostAsync($"/api/comments/{id}/{action}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Client.Dispose();
}
