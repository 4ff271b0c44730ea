using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Comments;

/// <summary>
/// Each spam defence on a host configured for it: the honeypot, the form's minimum time and expiry, the per-client
/// limit, duplicates and links. No captcha: none is reachable, and none is needed for these.
/// </summary>
public sealed class CommentSpamDefenceTests : IDisposable
{
    private readonly List<ContentApiFactory> _hosts = [];

    [Fact]
    public async Task AFilledHoneypotIsAcceptedInAppearanceButStoredAsSpam()
    {
        var host = Host();
        using var bot = Commenter.Create(host);
        using var moderator = await Commenter.ModeratorAsync(host);
        var comment = Commenter.Comment("bot@example.org");
        comment["phone"] = "+1 555 0100";
        using var response = await bot.PostAsync(comment);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posted = await response.Content.ReadJsonAsync();
        Assert.Equal("pending", posted.GetProperty("status").GetString());
        var id = posted.GetProperty("id").GetInt64();
        var spam = await moderator.OkJsonAsync("/api/comments?status=spam");
        Assert.Equal("honeypot", spam.Items().Single(item => item.GetProperty("id").GetInt64() == id).GetProperty("heldFor").GetString());
        Assert.DoesNotContain((await moderator.OkJsonAsync("/api/comments?status=pending")).Items(), item => item.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task APostSoonerThanTheMinimumAfterTheFormIsRefusedAndTakenOnceTheTimeHasPassed()
    {
        var clock = new ManualClock();
        var host = Host(clock).WithSetting("Comments:MinimumSecondsBeforePost", "3");
        using var reader = Commenter.Create(host);
        var comment = Commenter.Comment();
        comment["formToken"] = await reader.FormTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(1));

        using (var early = await reader.PostAsync(comment))
        {
            var problem = await early.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("3 s after it at the earliest", problem.GetProperty("errors").GetProperty("formToken")[0].GetString(), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromSeconds(3));
        using var inTime = await reader.PostAsync(comment);
        Assert.Equal(HttpStatusCode.Created, inTime.StatusCode);
    }

    [Fact]
    public async Task AnExpiredFormTokenIsRefused()
    {
        var clock = new ManualClock();
        var host = Host(clock).WithSetting("Comments:FormTokenLifetimeSeconds", "600");
        using var reader = Commenter.Create(host);
        var comment = Commenter.Comment();
        comment["formToken"] = await reader.FormTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(601));

        using var late = await reader.PostAsync(comment);
        var problem = await late.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("expired", problem.GetProperty("errors").GetProperty("formToken")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingForgedOrOtherArticlesFormTokenIsRefused()
    {
        var host = Host();
        using var reader = Commenter.Create(host);
        var token = await reader.FormTokenAsync();
        var parts = token.Split('.');
        var forged = $"{long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - 60}.{parts[1]}.{parts[2]}.{parts[3]}";
        var otherArticle = $"{parts[0]}.another-article.{parts[2]}.{parts[3]}";
        foreach (var (formToken, what) in new[] { ((string?)null, "required"), ("", "required"), (forged, "not a token"), (otherArticle, "not a token"), ("garbage", "not a token") })
        {
            var comment = Commenter.Comment();
            comment["formToken"] = formToken;
            using var response = await reader.PostAsync(comment);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(what, problem.GetProperty("errors").GetProperty("formToken")[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFormTokenCarriesOneCommentAndEachFormGetsItsOwn()
    {
        var host = Host();
        using var reader = Commenter.Create(host);
        var token = await reader.FormTokenAsync();
        var second = await reader.FormTokenAsync();

        var first = Commenter.Comment("once@example.org", "First with this token.");
        first["formToken"] = token;
        await reader.PostOkAsync(first);
        var again = Commenter.Comment("once@example.org", "Second with the same token.");
        again["formToken"] = token;
        using var replayed = await reader.PostAsync(again);

        Assert.NotEqual(token, second);
        var problem = await replayed.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("carried a comment already", problem.GetProperty("errors").GetProperty("formToken")[0].GetString(), StringComparison.Ordinal);
        again["formToken"] = second;
        await reader.PostOkAsync(again);
    }

    [Fact]
    public async Task AClientOverItsLimitGetsA429WithRetryAfterWhileOtherClientsPost()
    {
        var clock = new ManualClock();
        var host = Host(clock).WithSetting("Comments:PostsPerClient", "2").WithSetting("Comments:ClientWindowMinutes", "10");
        using var reader = Commenter.Create(host);
        await reader.PostOkAsync(Commenter.Comment());
        clock.Advance(TimeSpan.FromMinutes(1));
        await reader.PostOkAsync(Commenter.Comment());

        using (var third = await reader.PostAsync(Commenter.Comment()))
        {
            var problem = await third.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.Contains("2 comments within 10 minutes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            // The first comment leaves the window 9 minutes from now.
            Assert.Equal(TimeSpan.FromMinutes(9), third.Headers.RetryAfter?.Delta);
            Assert.Equal("\"comments\";q=2;w=600", third.Headers.GetValues("RateLimit-Policy").Single());
            Assert.Equal("\"comments\";r=0;t=540", third.Headers.GetValues("RateLimit").Single());
        }

        using (var other = Commenter.Create(host))
        {
            await other.PostOkAsync(Commenter.Comment());
        }

        clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(1));
        await reader.PostOkAsync(Commenter.Comment());
    }

    [Fact]
    public async Task TheSameBodyFromTheSameAddressWithinADayIsA409()
    {
        var clock = new ManualClock();
        var host = Host(clock);
        using var reader = Commenter.Create(host);
        const string Body = "Does magnesium glycinate work as well as citrate?";
        await reader.PostOkAsync(Commenter.Comment("same@example.org", Body));

        using (var again = await Commenter.Create(host).PostAsync(Commenter.Comment("  SAME@Example.org ", $"  {Body}\n")))
        {
            var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("within the last day", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await Commenter.Create(host).PostOkAsync(Commenter.Comment("someone.else@example.org", Body));
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        await Commenter.Create(host).PostOkAsync(Commenter.Comment("same@example.org", Body));
    }

    [Fact]
    public async Task MoreLinksThanAllowedAreHeldForModerationWhenCleanCommentsAreApprovedAtOnce()
    {
        var host = Host().WithSetting("Comments:ApprovalRequired", "false").WithSetting("Comments:MaxLinks", "2");
        using var reader = Commenter.Create(host);
        using var moderator = await Commenter.ModeratorAsync(host);
        using var clean = await reader.PostAsync(Commenter.Comment("links@example.org", "See https://ods.od.nih.gov/ and www.nhs.uk for more."));
        using var linky = await reader.PostAsync(Commenter.Comment("links@example.org", "Buy http://a.example https://b.example www.c.example now"));

        Assert.Equal("approved", (await clean.Content.ReadJsonAsync()).GetProperty("status").GetString());
        var held = await linky.Content.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, linky.StatusCode);
        Assert.Equal("pending", held.GetProperty("status").GetString());
        var queue = await moderator.OkJsonAsync("/api/comments?status=pending");
        Assert.Equal("links", queue.Items().Single(item => item.GetProperty("id").GetInt64() == held.GetProperty("id").GetInt64()).GetProperty("heldFor").GetString());
        var bodies = (await reader.Client.OkJsonAsync($"/api/articles/{Commenter.Article}/comments")).Items().Strings("body");
        Assert.Contains("See https://ods.od.nih.gov/ and www.nhs.uk for more.", bodies);
        Assert.DoesNotContain(bodies, body => body.StartsWith("Buy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bare domains a.com b.com c.com")]
    [InlineData("Run together http://x.orghttp://y.orghttp://z.org")]
    [InlineData("Scheme-relative //a.org //b.org //c.org")]
    [InlineData("Full-width ｈｔｔｐ://a.org ｈｔｔｐ://b.org ｈｔｔｐ://c.org")]
    [InlineData("Zero-width h\u200bttp://a.org w\u200bww.b.org h\u200bttps://c.org")]
    [InlineData("Upper case HTTP://A.ORG WWW.B.ORG HTTPS://C.ORG")]
    public async Task LinksWrittenToDodgeTheCountAreCountedAndHeld(string body)
    {
        var host = Host().WithSetting("Comments:ApprovalRequired", "false").WithSetting("Comments:MaxLinks", "2");
        using var reader = Commenter.Create(host);
        using var response = await reader.PostAsync(Commenter.Comment("dodge@example.org", body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("pending", (await response.Content.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Empty((await reader.Client.OkJsonAsync($"/api/articles/{Commenter.Article}/comments")).Items());
    }

    [Fact]
    public async Task AFilledHoneypotIsAnsweredAsACleanCommentWouldBeWhenCommentsAreApprovedAtOnce()
    {
        var host = Host().WithSetting("Comments:ApprovalRequired", "false");
        using var bot = Commenter.Create(host);
        var comment = Commenter.Comment("bot2@example.org");
        comment["phone"] = "+1 555 0100";
        using var response = await bot.PostAsync(comment);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("approved", (await response.Content.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Empty((await bot.Client.OkJsonAsync($"/api/articles/{Commenter.Article}/comments")).Items());
    }

    public void Dispose() => _hosts.ForEach(host => host.Dispose());

    private ContentApiFactory Host(ManualClock? clock = null)
    {
        var host = new ContentApiFactory();
        if (clock is not null)
        {
            host.WithServices(services => services.AddSingleton<TimeProvider>(clock));
        }

        _hosts.Add(host);
        return host;
    }
}
