using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Articles;

public sealed class AggregateQueryCountTests : IDisposable
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Database:CountStatements", "true");

    [Fact]
    public async Task AggregateRunsTheSameNumberOfStatementsWhateverTheArticleSize()
    {
        var client = _factory.CreateClient();
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.OkJsonAsync(ArticleUrl); // warm the pool so every measured call reuses a traced connection

        counter.Reset();
        var small = await client.OkJsonAsync(ArticleUrl);
        var statementsForSeed = counter.Count;

        await GrowArticleAsync(_factory.DatabasePath);
        await client.OkJsonAsync(ArticleUrl); // the schema version changed: let statements re-prepare once
        counter.Reset();
        var large = await client.OkJsonAsync(ArticleUrl);
        var statementsForLargeArticle = counter.Count;

        Assert.True(large.GetProperty("sections").GetArrayLength() > small.GetProperty("sections").GetArrayLength());
        Assert.True(large.GetProperty("foods").GetArrayLength() > small.GetProperty("foods").GetArrayLength());
        Assert.Equal(statementsForSeed, statementsForLargeArticle);
        Assert.Equal(ContentApi.Articles.ArticleRepository.AggregateStatementCount, statementsForSeed);
    }

    [Fact]
    public async Task IncludeReadsOnlyTheCollectionsItNames()
    {
        var client = _factory.CreateClient();
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        await client.OkJsonAsync(ArticleUrl);

        counter.Reset();
        await client.OkJsonAsync(ArticleUrl);
        var whole = counter.Count;
        counter.Reset();
        await client.OkJsonAsync($"{ArticleUrl}?include=sources");
        var sourcesOnly = counter.Count;

        Assert.Equal(ContentApi.Articles.ArticleRepository.AggregateStatementCount, whole);
        Assert.Equal(2, sourcesOnly); // the article row and its sources
    }

    private static async Task GrowArticleAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Foreign Keys=True");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
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
            """;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _factory.Dispose();
}
