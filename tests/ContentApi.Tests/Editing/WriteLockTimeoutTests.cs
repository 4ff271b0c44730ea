using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Editing;

/// <summary>Writes that cannot get the write lock in time.</summary>
public sealed class WriteLockTimeoutTests(WriteLockTimeoutTests.ShortLockApi factory) : IClassFixture<WriteLockTimeoutTests.ShortLockApi>
{
    /// <summary>A host that waits one second for the write lock, so these tests are short.</summary>
    public sealed class ShortLockApi : ContentApiFactory
    {
        public ShortLockApi() => WithSetting("Editing:LockTimeoutSeconds", "1");
    }

    [Fact]
    public async Task AWriteThatCannotGetTheLockIs503WithRetryAfterAndChangesNothing()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-locked"));

        await using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();

            using var response = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-locked", "{\"title\":\"Locked out\"}", Editor.MergePatch, etag);
            Assert.Contains("busy", (await response.ProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("title").GetString());
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
            // Reads go on while a writer holds the lock (WAL).
            await editor.Client.OkJsonAsync("/api/articles/zinc-locked/revisions");
        }

        var (article, current) = await editor.EditableAsync("zinc-locked");
        Assert.Equal(etag, current);
        Assert.Equal("Zinc for Colds", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task WritersQueuedBehindABusyWriteAre503WithinTheSameTimeout()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-queued"));

        await using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();

            // The first waits on SQLite's lock; the others wait in this process's queue behind it, and give up as it does.
            var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(writer =>
                editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-queued", $"{{\"title\":\"Queued {writer}\"}}", Editor.MergePatch, etag)));
            foreach (var response in responses)
            {
                using (response)
                {
                    Assert.Contains("busy", (await response.ProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("title").GetString());
                    Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
                }
            }
        }

        // Once the lock is free, the next write goes through: nothing is left holding the queue.
        using var after = await editor.SendAsync(HttpMethod.Patch, "/api/articles/zinc-queued", "{\"title\":\"After\"}", Editor.MergePatch, etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
