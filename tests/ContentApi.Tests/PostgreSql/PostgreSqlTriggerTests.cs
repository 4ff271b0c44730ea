using Dapper;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL triggers do what SQLite's do: any write, by any writer, bumps the content version, stamps the scopes
/// it touches, and keeps the public and draft search indexes in step.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlTriggerTests(ThrowawayCluster cluster)
{
    [Fact]
    public async Task AFoodEditStampsTheFoodListAndItsArticleAndReindexesTheFood()
    {
        await using var connection = await MigratedAsync();
        var before = await connection.ExecuteScalarAsync<long>("SELECT version FROM content_state;");

        await connection.ExecuteAsync("UPDATE foods SET name = 'Roasted pumpkin seeds' WHERE id = 1;");

        var version = await connection.ExecuteScalarAsync<long>("SELECT version FROM content_state;");
        Assert.Equal(before + 1, version);
        var stamped = await connection.QueryAsync<string>("SELECT scope FROM content_scopes WHERE version = @Version ORDER BY scope;", new { Version = version });
        Assert.Equal(["article:1", "articles", "foods"], stamped);
        Assert.Equal(["Roasted pumpkin seeds"], await connection.QueryAsync<string>(
            "SELECT title FROM search_index WHERE doc_id = 3000000000001 AND document @@ to_tsquery('content_search', 'roast:*');"));
    }

    [Fact]
    public async Task UnpublishingAnArticleMovesItAndItsSectionsToTheDraftIndex()
    {
        await using var connection = await MigratedAsync();
        const string Documents = "SELECT count(*) FROM {0} WHERE article_slug = 'magnesium-for-restless-legs';";

        await connection.ExecuteAsync("UPDATE articles SET status = 'draft' WHERE slug = 'magnesium-for-restless-legs';");

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(string.Format(null, Documents, "search_index")));
        // The article and its 13 sections.
        Assert.Equal(14, await connection.ExecuteScalarAsync<long>(string.Format(null, Documents, "draft_search_index")));
    }

    [Fact]
    public async Task AVersionBumpAloneLeavesTheSearchRowsWhileATitleChangeReindexes()
    {
        await using var connection = await MigratedAsync();
        // A re-index deletes and inserts each document, so its rows get new physical addresses (ctid).
        const string Rows = "SELECT doc_id || ':' || ctid::text FROM search_index WHERE article_slug = 'magnesium-for-restless-legs' ORDER BY doc_id;";
        var before = (await connection.QueryAsync<string>(Rows)).AsList();

        await connection.ExecuteAsync("UPDATE articles SET version = version + 1, updated_at = '2026-11-26T00:00:00Z' WHERE id = 1;");
        Assert.Equal(before, await connection.QueryAsync<string>(Rows));

        await connection.ExecuteAsync("UPDATE articles SET title = 'Magnesium and restless legs' WHERE id = 1;");
        var after = (await connection.QueryAsync<string>(Rows)).AsList();
        Assert.Equal(before.Count, after.Count);
        Assert.Empty(before.Intersect(after));
    }

    [Fact]
    public async Task OnlyAnApprovedCommentStampsTheCommentScope()
    {
        await using var connection = await MigratedAsync();
        const string Insert = """
            INSERT INTO comments (article_id, author_name, body, status, created_at)
            VALUES (1, 'A reader', 'Thank you.', @Status, '2026-11-26T00:00:00Z');
            """;

        await connection.ExecuteAsync(Insert, new { Status = "pending" });
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM content_scopes WHERE scope = 'comments';"));

        await connection.ExecuteAsync(Insert, new { Status = "approved" });
        Assert.Equal(
            await connection.ExecuteScalarAsync<long>("SELECT version FROM content_state;"),
            await connection.ExecuteScalarAsync<long>("SELECT version FROM content_scopes WHERE scope = 'comments';"));
    }

    private async Task<NpgsqlConnection> MigratedAsync()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using (var migrators = Migrators.PostgreSql(database))
        {
            await migrators.Migrator.MigrateAsync();
        }

        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        return connection;
    }
}
