using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Database;

/// <summary>
/// Every table of an article's content stamps the article's scope on every write (migrations 0007, 0008), so no cached
/// representation outlives a change to what it shows. A new child table without its triggers fails here.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ContentScopeTriggerTests(ContentApiFactory factory)
{
    [Fact]
    public async Task EveryTableWithAnArticleIdStampsScopesOnInsertUpdateAndDelete()
    {
        factory.CreateClient();
        var tables = await SqliteFile.QueryAsync<string>(factory.DatabasePath,
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'article_id') ORDER BY m.name;");
        var triggers = (await SqliteFile.QueryAsync<string>(factory.DatabasePath, "SELECT name FROM sqlite_master WHERE type = 'trigger';")).ToHashSet();

        Assert.Contains("article_conditions", tables);
        Assert.True(tables.Count >= 9, string.Join(", ", tables));
        // Revisions and schedules are read only with a key, never from the representation cache, and every revision is written in the
        // transaction of an article write whose own triggers stamp the article's scope.
        var notCached = new[] { "article_revisions", "article_schedules" };
        foreach (var table in tables.Except(notCached))
        {
            foreach (var write in new[] { "insert", "update", "delete" })
            {
                Assert.Contains($"{table}_content_scopes_after_{write}", triggers);
            }
        }
    }
}
