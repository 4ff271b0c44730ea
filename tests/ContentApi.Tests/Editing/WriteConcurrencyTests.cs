using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>Writers racing on one article, at the default lock timeout.</summary>
public class WriteConcurrencyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    /// <summary>As long as the issue asks: long enough for the writers to meet in every order.</summary>
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task EightWritersWithIfMatchLoseNoUpdateAndNoRevision()
    {
        using var editor = await Editor.CreateAsync(factory);
        await editor.CreateArticleAsync(Editor.NewArticle("zinc-race"));
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var attempt = 0;
            while (clock.Elapsed < Duration)
            {
                // Read, change, write with the tag read: a stale tag is a 412 and the writer reads again.
                var (_, etag) = await editor.EditableAsync("zinc-race");
                var patch = new JsonObject { ["title"] = $"Writer {writer}, attempt {attempt++}" };
                using var response = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-race", patch.ToJsonString(), Editor.MergePatch, etag);
                statuses.Add(response.StatusCode);
            }
        })));

        Assert.DoesNotContain(statuses, status => (int)status >= 500);
        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"{status}"));
        var updates = statuses.Count(status => status == HttpStatusCode.OK);
        Assert.True(updates > 8, $"only {updates} updates in {Duration.TotalSeconds} s");
        var (article, _) = await editor.EditableAsync("zinc-race");
        Assert.Equal(1 + updates, article.GetProperty("version").GetInt32());
        var numbers = (await editor.RevisionsAsync("zinc-race")).Select(revision => revision.GetProperty("number").GetInt32());
        Assert.Equal(Enumerable.Range(1, 1 + updates), numbers);
    }
}
