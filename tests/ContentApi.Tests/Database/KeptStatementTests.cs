using System.Runtime.InteropServices;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Database;

/// <summary>
/// The article's statements stay prepared on pooled connections. Clearing the pools (the file was replaced or deleted)
/// must still close those connections at once: a connection left open on a replaced file could later checkpoint and
/// delete the -wal that the new file's connections use.
/// </summary>
public sealed class KeptStatementTests : IDisposable
{
    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task ClearingThePoolsClosesConnectionsThatKeptStatements()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return; // open files are counted in /proc
        }

        var client = _factory.CreateClient();
        await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
        Assert.NotEqual(0, OpenFilesOfTheDatabase());

        RawStatement.ClearAllPools();

        Assert.Equal(0, OpenFilesOfTheDatabase());
        await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs"); // and the next request prepares them again
    }

    private int OpenFilesOfTheDatabase() => Directory.GetFiles("/proc/self/fd").Count(descriptor =>
    {
        try
        {
            return new FileInfo(descriptor).LinkTarget?.StartsWith(_factory.DatabasePath, StringComparison.Ordinal) == true;
        }
        catch (IOException)
        {
            return false; // closed while listing
        }
    });

    public void Dispose() => _factory.Dispose();
}
