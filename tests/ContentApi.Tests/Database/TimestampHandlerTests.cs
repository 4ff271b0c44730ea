using ContentApi.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Database;

/// <summary>Timestamps cross Dapper as the ISO 8601 UTC text the columns hold, in both directions.</summary>
public sealed class TimestampHandlerTests
{
    [Fact]
    public async Task ATimestampIsReadFromIsoTextAndWrittenAsUtcIsoText()
    {
        TimestampHandler.Register();
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        var read = await connection.QuerySingleAsync<DateTimeOffset?>("SELECT '2026-11-24T00:00:00.5Z';");
        var written = await connection.QuerySingleAsync<string>(
            "SELECT @At;", new { At = new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.FromHours(2)) });

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, 500, TimeSpan.Zero), read);
        Assert.Equal("2026-11-23T23:30:00Z", written);
    }
}
