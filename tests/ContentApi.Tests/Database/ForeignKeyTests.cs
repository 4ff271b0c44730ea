using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Database;

[Collection(SharedApi.Name)]
public sealed class ForeignKeyTests(ContentApiFactory factory)
{
    [Fact]
    public async Task EveryConnectionFromThePoolEnforcesForeignKeys()
    {
        factory.CreateClient().Dispose();
        var connections = factory.Services.GetRequiredService<SqliteConnectionFactory>();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var connection = await connections.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys;"));
        }
    }
}
