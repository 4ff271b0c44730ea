using System.Runtime.CompilerServices;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Database;

/// <summary>Connections run in SQLite's multi-thread mode: no per-connection mutex around every column read.</summary>
[Collection(SharedApi.Name)]
public sealed class SqliteThreadingModeTests(ContentApiFactory factory)
{
    [Fact]
    public async Task ServingConnectionsHaveNoPerConnectionMutex()
    {
        _ = factory.CreateClient();
        await using var connection = await factory.Services.GetRequiredService<SqliteConnectionFactory>().OpenAsync();

        Assert.True(SqliteThreadingMode.Apply());
        Assert.True(SqliteThreadingMode.HasNoMutex(connection.Handle!));
    }

    [Fact]
    public void AConnectionOpenedSerializedHasOne()
    {
        // The check can fail: a connection that asks for the mutex (SQLITE_OPEN_FULLMUTEX) has one.
        Assert.Equal(SQLitePCL.raw.SQLITE_OK, SQLitePCL.raw.sqlite3_open_v2(
            factory.DatabasePath, out var database, SQLitePCL.raw.SQLITE_OPEN_READONLY | SQLitePCL.raw.SQLITE_OPEN_FULLMUTEX, null));
        using (database)
        {
            Assert.False(SqliteThreadingMode.HasNoMutex(database));
        }
    }
}

/// <summary>
/// Multi-thread mode is process-wide and only taken before SQLite first starts; a test that opens a plain connection
/// first would otherwise decide the mode for the whole run, depending on test order.
/// </summary>
internal static class SqliteThreadingModeSetup
{
#pragma warning disable CA2255 // The test assembly is the process's entry point for SQLite here, not a reusable library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTheAppsThreadingMode() => SqliteThreadingMode.Apply();
}
