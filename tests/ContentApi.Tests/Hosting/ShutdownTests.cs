using System.Runtime.InteropServices;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Hosting;

/// <summary>
/// Stopping the app leaves the database as one file: the last connection closes and folds the WAL in, although the
/// article's statements stay prepared on pooled connections while it runs. (The README tells operators that a stopped
/// app's file can be copied or replaced whole.)
/// </summary>
public sealed class ShutdownTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-shutdown-").FullName;

    [Fact]
    public async Task AStoppedAppLeavesNoWriteAheadLogBehind()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && !RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return; // SIGTERM is how the test asks for a graceful stop.
        }

        var database = Path.Combine(_folder, "content.db");
        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={database}" });
        using (var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) })
        {
            await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
            await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs?include=sources");
            Assert.True(File.Exists(database + "-wal"), app.Output);
        }

        Assert.Equal(0, await app.StopAsync());

        Assert.False(File.Exists(database + "-wal"), app.Output);
        Assert.True(new FileInfo(database).Length > 100_000, "the content is in the database file itself");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
