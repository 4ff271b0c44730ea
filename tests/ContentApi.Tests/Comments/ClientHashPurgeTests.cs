using ContentApi.Comments;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Comments;

/// <summary>Client hashes are kept for the retention (30 days by default) and then forgotten; the comments stay.</summary>
public sealed class ClientHashPurgeTests
{
    [Fact]
    public async Task AHashOlderThanTheRetentionIsForgottenAndANewerOneKept()
    {
        var clock = new ManualClock();
        using var host = new ContentApiFactory().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        using var reader = Commenter.Create(host);
        await reader.PostOkAsync(Commenter.Comment("old@example.org", "Posted first."));
        clock.Advance(TimeSpan.FromDays(29));
        await reader.PostOkAsync(Commenter.Comment("new@example.org", "Posted 29 days later."));
        var purge = host.Services.GetRequiredService<ClientHashPurge>();

        Assert.Equal(0, await purge.PurgeAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await purge.PurgeAsync(CancellationToken.None));

        Assert.Equal([("Posted 29 days later.", true), ("Posted first.", false)],
            (await SqliteFile.QueryAsync<(string, long)>(host.DatabasePath, "SELECT body, client_hash IS NOT NULL FROM comments ORDER BY id DESC;"))
            .Select(row => (row.Item1, row.Item2 == 1)));
    }

    [Fact]
    public async Task TheBackgroundServicePurgesOnItsOwnAtEachInterval()
    {
        using var host = new ContentApiFactory().WithSetting("Comments:PurgeIntervalSeconds", "1").WithSetting("Comments:ClientHashRetentionDays", "1");
        using var reader = Commenter.Create(host);
        await reader.PostOkAsync(Commenter.Comment("aged@example.org", "Aged."));
        // As if posted two days ago: the next round forgets its hash.
        await host.ExecuteSqlAsync("UPDATE comments SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-2 days');");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await SqliteFile.ScalarAsync(host.DatabasePath, "SELECT count(*) FROM comments WHERE client_hash IS NOT NULL;") is not 0L)
        {
            Assert.True(DateTime.UtcNow < deadline, "the hash was not purged within 15 s");
            await Task.Delay(200);
        }

        Assert.Equal(1L, await SqliteFile.ScalarAsync(host.DatabasePath, "SELECT count(*) FROM comments;"));
    }
}
