using System.Text.Json;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Articles;

public sealed class AggregateQueryCountTests : IDisposable
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Database:CountStatements", "true").WithSetting("HttpCaching:StoreRepresentations", "true");

    [Fact]
    public async Task AggregateRunsTheSameNumberOfStatementsWhateverTheArticleSize()
    {
        var client = _factory.CreateClient();
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.OkJsonAsync("/api/foods"); // open and trace a pooled connection first

        var small = await CountStatementsAsync(client, counter, ArticleUrl);
        await GrowArticleAsync(_factory.DatabasePath); // also bumps the content version: the cached copy is stale
        await client.OkJsonAsync("/api/sources"); // the schema version changed: let statements re-prepare once
        var large = await CountStatementsAsync(client, counter, ArticleUrl);

        Assert.True(large.Body.GetProperty("sections").GetArrayLength() > small.Body.GetProperty("sections").GetArrayLength());
        Assert.True(large.Body.GetProperty("foods").GetArrayLength() > small.Body.GetProperty("foods").GetArrayLength());
        Assert.Equal(small.Statements, large.Statements);
        // This factory reads new content stamps on every check (twice on a miss: for the cache, then just before the
        // handler reads); the rest is the aggregate, whose article row also reads its Last-Modified.
        Assert.Equal(ContentApi.Articles.ArticleRepository.AggregateStatementCount + 2, small.Statements);
    }

    [Fact]
    public async Task ARepeatedReadIsServedFromTheCacheWithOnlyTheVersionCheck()
    {
        var client = _factory.CreateClient();
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.OkJsonAsync("/api/foods");

        var first = await CountStatementsAsync(client, counter, ArticleUrl);
        var second = await CountStatementsAsync(client, counter, ArticleUrl);

        Assert.True(first.Statements > 2);
        Assert.Equal(1, second.Statements); // this factory re-reads the version on every request; production does it once a second
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());
    }

    [Fact]
    public async Task IncludeReadsOnlyTheCollectionsItNames()
    {
        var client = _factory.CreateClient();
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.OkJsonAsync("/api/foods");

        var whole = await CountStatementsAsync(client, counter, ArticleUrl);
        var sourcesOnly = await CountStatementsAsync(client, counter, $"{ArticleUrl}?include=sources");

        Assert.Equal(ContentApi.Articles.ArticleRepository.AggregateStatementCount + 2, whole.Statements);
        Assert.Equal(4, sourcesOnly.Statements); // new stamps twice, the article row (with its scope's Last-Modified), its sources
    }

    private static async Task<(JsonElement Body, long Statements)> CountStatementsAsync(HttpClient client, SqlStatementCounter counter, string url)
    {
        counter.Reset();
        var body = await client.OkJsonAsync(url);
        return (body, counter.Count);
    }

    private static Task GrowArticleAsync(string databasePath) =>
        SqliteFile.ExecuteAsync(databasePath, """
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 20)
            INSERT INTO sections (article_id, position, anchor_key, heading)
                SELECT 1, 100 + value, 'extra-' || value, 'Extra ' || value FROM n;
            INSERT INTO blocks (section_id, position, kind, text, list_style)
                SELECT id, 1, 'list', 'Lead-in', 'bulleted' FROM sections WHERE anchor_key LIKE 'extra-%';
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 5)
            INSERT INTO block_items (block_id, position, text)
                SELECT b.id, n.value, 'Item ' || n.value FROM blocks b, n WHERE b.text = 'Lead-in';
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 30)
            INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, percent_daily_value, source_id, updated_at)
                SELECT 1, 'Test food ' || value, '1 cup', 'magnesium', 10, 2, 2, '2026-11-24T00:00:00Z' FROM n;
            """);

    public void Dispose() => _factory.Dispose();
}
