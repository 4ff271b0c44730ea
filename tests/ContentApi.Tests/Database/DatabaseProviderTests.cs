using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Database;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData("Bogus")]
    [InlineData("1")]
    [InlineData("Postgres")]
    public void AnUnknownProviderStopsTheStartWithOneLineNamingTheChoices(string provider)
    {
        using var factory = new ContentApiFactory().WithSetting("Database:Provider", provider);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains($"Database:Provider '{provider}' is not a database provider: use Sqlite (the default) or PostgreSql.", critical.Message);
        Assert.Null(critical.Exception);
        // Nothing was created: the provider is read before any database is opened.
        Assert.False(File.Exists(factory.DatabasePath));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SQLITE")]
    [InlineData("")]
    public async Task SqliteIsTheDefaultAndIsReadInAnyCase(string provider)
    {
        using var factory = new ContentApiFactory().WithSetting("Database:Provider", provider);

        await factory.CreateClient().OkJsonAsync("/api/foods");

        Assert.True(File.Exists(factory.DatabasePath));
    }
}
