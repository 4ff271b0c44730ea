using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Comments;

/// <summary>Moderation with a comments:moderate key, and what it does to the public, cached reads.</summary>
public sealed class CommentModerationTests : IDisposable
{
    private const string Comments = $"/api/articles/{Commenter.Article}/comments";

    private const string Article = $"/api/articles/{Commenter.Article}";

    // The representation cache on, as in production: moderation must invalidate what it changes, and only that.
    private readonly ContentApiFactory _host = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");

    [Fact]
    public async Task EachStatusIsListedOldestFirstAndEveryActionMovesAComment()
    {
        using var reader = Commenter.Create(_host);
        using var moderator = await Commenter.ModeratorAsync(_host);
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await reader.PostOkAsync(Commenter.Comment($"queue{i}@example.org", $"Queued {i}.")));
        }

        var queue = await moderator.OkJsonAsync("/api/comments");
        Assert.Equal(["Queued 0.", "Queued 1.", "Queued 2.", "Queued 3."], queue.Items().Strings("body"));
        Assert.Equal("queue0@example.org", queue.Items().First().GetProperty("email").GetString());

        await Commenter.ModerateAsync(moderator, ids[0], "approve");
        await Commenter.ModerateAsync(moderator, ids[1], "reject");
        await Commenter.ModerateAsync(moderator, ids[2], "spam");
        using (var deleted = await moderator.DeleteAsync($"/api/comments/{ids[3]}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        foreach (var (status, expected) in new[] { ("approved", "Queued 0."), ("rejected", "Queued 1."), ("spam", "Queued 2.") })
        {
            var listed = await moderator.OkJsonAsync($"/api/comments?status={status}");
            Assert.Equal([expected], listed.Items().Strings("body"));
            Assert.Equal(status, listed.Items().Single().GetProperty("status").GetString());
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.Items().Single().GetProperty("moderatedAt").ValueKind);
        }

        Assert.Empty((await moderator.OkJsonAsync("/api/comments?status=pending")).Items());
        // A moderator paging the spam queue stays in it: every page link keeps the status.
        using (var spamPage = await moderator.GetAsync("/api/comments?status=spam&pageSize=1"))
        {
            var links = spamPage.Headers.GetValues("Link").Single().Split(", ");
            Assert.Equal(2, links.Length);
            Assert.All(links, link => Assert.Contains("status=spam", link, StringComparison.Ordinal));
            Assert.All(links, link => Assert.Contains("pageSize=1", link, StringComparison.Ordinal));
        }

        await moderator.GetProblemAsync($"/api/comments?status=deleted", HttpStatusCode.BadRequest);
        using var gone = await moderator.PostAsync($"/api/comments/{ids[3]}/approve", null);
        await gone.ProblemAsync(HttpStatusCode.NotFound);
        using var goneAgain = await moderator.DeleteAsync($"/api/comments/{ids[3]}");
        await goneAgain.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APendingCommentChangesNothingCachedAndApprovingRejectingAndDeletingInvalidateIt()
    {
        using var reader = Commenter.Create(_host);
        using var moderator = await Commenter.ModeratorAsync(_host);
        var (listTag, count) = await ReadAsync(reader.Client);
        var articleTag = await ArticleTagAsync(reader.Client);

        var version = await ContentVersionAsync();
        var id = await reader.PostOkAsync(Commenter.Comment("cache@example.org", "Cached?"));
        Assert.Equal(version, await ContentVersionAsync());
        Assert.Equal((listTag, count), await ReadAsync(reader.Client));
        Assert.Equal(articleTag, await ArticleTagAsync(reader.Client));

        await Commenter.ModerateAsync(moderator, id, "approve");
        Assert.True(await ContentVersionAsync() > version);
        var approved = await ReadAsync(reader.Client);
        Assert.NotEqual(listTag, approved.Tag);
        Assert.Equal(count + 1, approved.Count);
        Assert.NotEqual(articleTag, await ArticleTagAsync(reader.Client));
        Assert.Equal(count + 1, (await reader.Client.OkJsonAsync(Article)).GetProperty("commentCount").GetInt32());

        await Commenter.ModerateAsync(moderator, id, "reject");
        Assert.Equal(count, (await ReadAsync(reader.Client)).Count);
        Assert.Equal(count, (await reader.Client.OkJsonAsync(Article)).GetProperty("commentCount").GetInt32());

        await Commenter.ModerateAsync(moderator, id, "approve");
        Assert.Equal(count + 1, (await ReadAsync(reader.Client)).Count);
        using (await moderator.DeleteAsync($"/api/comments/{id}"))
        {
        }

        Assert.Equal(count, (await ReadAsync(reader.Client)).Count);
        Assert.Equal(count, (await reader.Client.OkJsonAsync(Article)).GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task ErasureRemovesEveryCommentAndPersonalDatumOfTheAddressAndSaysHowMany()
    {
        using var reader = Commenter.Create(_host);
        using var moderator = await Commenter.ModeratorAsync(_host);
        var first = await reader.PostOkAsync(Commenter.Comment("erase.me@example.org", "Mine, approved."));
        await Commenter.ModerateAsync(moderator, first, "approve");
        await reader.PostOkAsync(Commenter.Comment("Erase.Me@Example.org", "Mine, pending."));
        var reply = Commenter.Comment("replier@example.org", "A reply to the erased one.");
        reply["parentId"] = first;
        await Commenter.Create(_host).PostOkAsync(reply);
        var kept = await Commenter.Create(_host).PostOkAsync(Commenter.Comment("keep.me@example.org", "Not theirs."));
        await Commenter.ModerateAsync(moderator, kept, "approve");

        using var response = await moderator.PostAsJsonAsync("/api/comments/erasure", new { email = " ERASE.ME@example.org" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"commentsErased":2,"repliesErased":1}""", text);

        Assert.Equal(0L, await SqliteFile.ScalarAsync(_host.DatabasePath, "SELECT count(*) FROM comment_emails WHERE email LIKE '%erase.me%';"));
        Assert.Equal(0L, await SqliteFile.ScalarAsync(_host.DatabasePath, "SELECT count(*) FROM comments WHERE body LIKE 'Mine%' OR body LIKE 'A reply to the erased%';"));
        Assert.Equal(["Not theirs."], (await reader.Client.OkJsonAsync(Comments)).Items().Strings("body"));

        // Erasing again finds nothing; an address that is not one is named.
        using var again = await moderator.PostAsJsonAsync("/api/comments/erasure", new { email = "erase.me@example.org" });
        Assert.Equal("""{"commentsErased":0,"repliesErased":0}""", await again.Content.ReadAsStringAsync());
        using var invalid = await moderator.PostAsJsonAsync("/api/comments/erasure", new { email = "nobody" });
        Assert.True((await invalid.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("email", out _));
    }

    public void Dispose() => _host.Dispose();

    private async Task<long> ContentVersionAsync() => (long)(await SqliteFile.ScalarAsync(_host.DatabasePath, "SELECT version FROM content_state WHERE id = 1;"))!;

    private static async Task<(string Tag, int Count)> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Comments);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.Tag, (await response.Content.ReadJsonAsync()).GetProperty("totalItems").GetInt32());
    }

    private static async Task<string> ArticleTagAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Article);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }
}
