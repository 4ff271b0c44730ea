using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Comments;

/// <summary>Posting a comment and reading the approved threads, through HTTP on a host of their own.</summary>
public class CommentPostingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Comments = $"/api/articles/{Commenter.Article}/comments";

    [Fact]
    public async Task APostedCommentIsAnsweredWithItsPublicShapeAsPendingAndIsNotPublic()
    {
        using var reader = Commenter.Create(factory);
        var comment = Commenter.Comment("pending.reader@example.org");
        comment["website"] = "https://ada.example.org/";
        using var response = await reader.PostAsync(comment);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var posted = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["id", "authorName", "website", "body", "createdAt", "parentId", "status"], posted.EnumerateObject().Select(member => member.Name));
        Assert.Equal("pending", posted.GetProperty("status").GetString());
        Assert.Equal("https://ada.example.org/", posted.GetProperty("website").GetString());
        Assert.DoesNotContain("pending.reader", text, StringComparison.OrdinalIgnoreCase);

        var page = await reader.Client.OkJsonAsync(Comments);
        Assert.DoesNotContain(page.Items(), item => item.GetProperty("id").GetInt64() == posted.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ApprovedCommentsAreListedOldestFirstWithRepliesNestedAndTheArticleCountsThem()
    {
        using var reader = Commenter.Create(factory);
        using var moderator = await Commenter.ModeratorAsync(factory);
        var slug = await NewArticleAsync("threads");
        var url = $"/api/articles/{slug}/comments";
        var first = await reader.PostOkAsync(Commenter.Comment("one@example.org", "First."), slug);
        var second = await reader.PostOkAsync(Commenter.Comment("two@example.org", "Second."), slug);
        await Commenter.ModerateAsync(moderator, first, "approve");
        await Commenter.ModerateAsync(moderator, second, "approve");
        var reply = Commenter.Comment("three@example.org", "A reply to the first.");
        reply["parentId"] = first;
        var replyId = await reader.PostOkAsync(reply, slug);
        var hidden = Commenter.Comment("four@example.org", "A reply still pending.");
        hidden["parentId"] = first;
        await reader.PostOkAsync(hidden, slug);
        await Commenter.ModerateAsync(moderator, replyId, "approve");

        var page = await reader.Client.OkJsonAsync(url);
        Assert.Equal(["First.", "Second."], page.Items().Strings("body"));
        var thread = page.Items().First();
        Assert.Equal(["id", "authorName", "website", "body", "createdAt", "parentId", "replies"], thread.EnumerateObject().Select(member => member.Name));
        var replies = thread.GetProperty("replies").EnumerateArray().ToList();
        Assert.Equal(["A reply to the first."], replies.Strings("body"));
        Assert.Equal(first, replies[0].GetProperty("parentId").GetInt64());
        Assert.Equal(2, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(3, (await reader.Client.OkJsonAsync($"/api/articles/{slug}")).GetProperty("commentCount").GetInt32());

        // Paginated by thread, with Link navigation.
        using var paged = await reader.Client.GetAsync($"{url}?pageSize=1&page=2");
        Assert.Equal(HttpStatusCode.OK, paged.StatusCode);
        Assert.Contains("rel=\"prev\"", paged.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Equal(["Second."], (await paged.Content.ReadJsonAsync()).Items().Strings("body"));
    }

    [Fact]
    public async Task HtmlInABodyIsKeptAsTextAndNeverInterpreted()
    {
        using var reader = Commenter.Create(factory);
        using var moderator = await Commenter.ModeratorAsync(factory);
        const string Html = "<script>alert('x')</script><b>bold</b> &amp; <img src=x onerror=alert(1)>";
        var id = await reader.PostOkAsync(Commenter.Comment("html@example.org", Html));
        await Commenter.ModerateAsync(moderator, id, "approve");

        using var response = await reader.Client.GetAsync(Comments);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var listed = (await response.Content.ReadJsonAsync()).Items().Single(item => item.GetProperty("id").GetInt64() == id);
        Assert.Equal(Html, listed.GetProperty("body").GetString());
        // A JSON string a browser never sniffs into a page: the body is data for the client to render as text.
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("\"<script>alert('x')</script><b>bold</b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebsiteIsStoredAndServedInItsCanonicalPercentEncodedForm()
    {
        using var reader = Commenter.Create(factory);
        var comment = Commenter.Comment("site@example.org", "My site.");
        comment["website"] = "https://example.org/<script>\"x\"";
        using var response = await reader.PostAsync(comment);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("https://example.org/%3Cscript%3E%22x%22", (await response.Content.ReadJsonAsync()).GetProperty("website").GetString());
    }

    [Theory]
    [InlineData("authorName", "")]
    [InlineData("authorName", "an extremely long name that goes on and on and on and on and on and on and on and on and on and on and on and on")]
    [InlineData("email", "not-an-address")]
    [InlineData("email", "Ada <ada@example.org>")]
    [InlineData("email", "ada@localhost")]
    [InlineData("body", "   ")]
    [InlineData("body", "bell \u0007 in text")]
    [InlineData("website", "ftp://example.org/")]
    [InlineData("website", "example.org")]
    [InlineData("website", "javascript:alert(1)")]
    [InlineData("website", "https://user:secret@example.org/")]
    [InlineData("email", "ada@example.org\u200b")]
    [InlineData("email", "a\u200dda@example.org")]
    [InlineData("authorName", "\u200b\u200b")]
    [InlineData("authorName", "Admin\u202egnp.exe")]
    public async Task AnInvalidFieldIsA400NamingIt(string field, string value)
    {
        using var reader = Commenter.Create(factory);
        var comment = Commenter.Comment();
        comment[field] = value;
        using var response = await reader.PostAsync(comment);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    [Fact]
    public async Task AReplyMustAnswerAnApprovedTopLevelCommentOfTheSameArticle()
    {
        using var reader = Commenter.Create(factory);
        using var moderator = await Commenter.ModeratorAsync(factory);
        var pending = await reader.PostOkAsync(Commenter.Comment("parent.pending@example.org"));
        var approved = await reader.PostOkAsync(Commenter.Comment("parent.approved@example.org"));
        await Commenter.ModerateAsync(moderator, approved, "approve");
        var reply = Commenter.Comment("child@example.org");
        reply["parentId"] = approved;
        var replyId = await reader.PostOkAsync(reply);
        await Commenter.ModerateAsync(moderator, replyId, "approve");

        foreach (var (parent, expected) in new[] { (pending, "no approved comment"), (replyId, "one level deep"), (999_999L, "no approved comment") })
        {
            var nested = Commenter.Comment("child@example.org");
            nested["parentId"] = parent;
            using var response = await reader.PostAsync(nested);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(expected, problem.GetProperty("errors").GetProperty("parentId")[0].GetString(), StringComparison.Ordinal);
        }

        // A parent under another article is not this article's.
        var other = await NewArticleAsync("other-parent");
        var elsewhere = Commenter.Comment("child@example.org");
        elsewhere["parentId"] = approved;
        using var crossed = await reader.PostAsync(elsewhere, other);
        await crossed.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BodiesThatCannotBeReadAreRefusedAsEveryWriteRefusesThem()
    {
        using var reader = Commenter.Create(factory);
        using (var malformed = await reader.SendAsync(Comments, "{\"authorName\": "))
        {
            await malformed.ProblemAsync(HttpStatusCode.BadRequest);
        }

        var unknown = Commenter.Comment();
        unknown["avatarHash"] = "x";
        using (var response = await reader.PostAsync(unknown))
        {
            Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("avatarHash", out _));
        }

        var wrongType = Commenter.Comment();
        wrongType["parentId"] = "one";
        using (var response = await reader.PostAsync(wrongType))
        {
            Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("parentId", out _));
        }

        using (var text = await reader.SendAsync(Comments, Commenter.Comment().ToJsonString(), "text/plain"))
        {
            await text.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        using (var large = await reader.SendAsync(Comments, $"{{\"body\":\"{new string('a', 2 * 1024 * 1024)}\"}}"))
        {
            await large.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        }
    }

    [Fact]
    public async Task AnArticleThatIsNotPublishedHasNoCommentsNoFormAndTakesNone()
    {
        using var reader = Commenter.Create(factory);
        await reader.Client.GetProblemAsync("/api/articles/no-such-article/comments", HttpStatusCode.NotFound);
        await reader.Client.GetProblemAsync("/api/articles/no-such-article/comments/form-token", HttpStatusCode.NotFound);
        var comment = Commenter.Comment();
        comment["formToken"] = await reader.FormTokenAsync();
        using var response = await reader.SendAsync("/api/articles/no-such-article/comments", comment.ToJsonString());
        // The token names the article it was issued for: another's is refused before the article is looked up.
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheFormTokenIsNeverStoredByCaches()
    {
        using var reader = Commenter.Create(factory);
        using var response = await reader.Client.GetAsync($"{Comments}/form-token");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var token = await response.Content.ReadJsonAsync();
        Assert.True(token.GetProperty("usableFrom").GetDateTimeOffset() >= token.GetProperty("issuedAt").GetDateTimeOffset());
        Assert.True(token.GetProperty("expiresAt").GetDateTimeOffset() > token.GetProperty("issuedAt").GetDateTimeOffset());
        using var head = await reader.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{Comments}/form-token"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DeletingAnArticleDeletesItsCommentsAndTheirAddresses()
    {
        using var editor = await Editing.Editor.CreateAsync(factory);
        using var reader = Commenter.Create(factory);
        using var moderator = await Commenter.ModeratorAsync(factory);
        var slug = "comments-deleted-article";
        var etag = await editor.CreateArticleAsync(Editing.Editor.NewArticle(slug));
        etag = await editor.PostAsync($"/api/articles/{slug}/publish", etag);
        var id = await reader.PostOkAsync(Commenter.Comment("deleted.article@example.org"), slug);
        await Commenter.ModerateAsync(moderator, id, "approve");
        var reply = Commenter.Comment("deleted.reply@example.org");
        reply["parentId"] = id;
        await reader.PostOkAsync(reply, slug);

        using var deleted = await editor.SendAsync(HttpMethod.Delete, $"/api/articles/{slug}", ifMatch: etag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await reader.Client.GetProblemAsync($"/api/articles/{slug}/comments", HttpStatusCode.NotFound);
        Assert.Equal(0L, await factory.ScalarAsync("SELECT count(*) FROM comment_emails WHERE email LIKE 'deleted.%';"));
    }

    /// <summary>A published article of this host's own, so counts and lists start empty.</summary>
    private async Task<string> NewArticleAsync(string name)
    {
        using var editor = await Editing.Editor.CreateAsync(factory);
        var slug = $"comments-{name}";
        var etag = await editor.CreateArticleAsync(Editing.Editor.NewArticle(slug));
        await editor.PostAsync($"/api/articles/{slug}/publish", etag);
        return slug;
    }
}
