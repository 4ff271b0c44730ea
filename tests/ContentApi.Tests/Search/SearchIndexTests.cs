using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Search;

/// <summary>Writes to the database the way the coming write API will, and checks the index follows.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task IndexFollowsInsertsUpdatesAndDeletes()
    {
        var client = _factory.CreateClient();
        Assert.Empty(await HitsAsync(client, "/api/search?q=quinoa"));

        await _factory.ExecuteSqlAsync("""
            INSERT INTO foods (id, article_id, name, serving, nutrient, amount_mg, percent_daily_value, source_id, updated_at)
            VALUES (900, 1, 'Quinoa, cooked', '1 cup', 'magnesium', 118, 28, 2, '2026-11-25T00:00:00Z');
            """);
        var inserted = (await HitsAsync(client, "/api/search?q=quinoa")).Single();
        Assert.Equal("http://localhost/api/foods/900", inserted.Href);

        await _factory.ExecuteSqlAsync("UPDATE foods SET name = 'Buckwheat groats, cooked' WHERE id = 900;");
        Assert.Empty(await HitsAsync(client, "/api/search?q=quinoa"));
        Assert.Single(await HitsAsync(client, "/api/search?q=buckwheat"));

        await _factory.ExecuteSqlAsync("DELETE FROM foods WHERE id = 900;");
        Assert.Empty(await HitsAsync(client, "/api/search?q=buckwheat"));
    }

    [Fact]
    public async Task SectionTextChangesAreSearchable()
    {
        var client = _factory.CreateClient();

        await _factory.ExecuteSqlAsync("""
            UPDATE blocks SET text = 'Zebrafish studies are not part of this article.'
            WHERE id = (SELECT min(b.id) FROM blocks b JOIN sections s ON s.id = b.section_id WHERE s.anchor_key = 'takeaway');
            """);
        var hit = (await HitsAsync(client, "/api/search?q=zebrafish")).Single();
        Assert.Equal("takeaway", hit.Anchor);

        await _factory.ExecuteSqlAsync("""
            INSERT INTO block_items (block_id, position, text)
            SELECT min(b.id), 99, 'Hiccups' FROM blocks b JOIN sections s ON s.id = b.section_id
            WHERE s.anchor_key = 'side-effects' AND b.kind = 'list';
            """);
        Assert.Equal("side-effects", (await HitsAsync(client, "/api/search?q=hiccups")).Single().Anchor);
    }

    [Fact]
    public async Task UnpublishingAnArticleHidesItAndItsSections()
    {
        var client = _factory.CreateClient();
        Assert.NotEmpty(await HitsAsync(client, "/api/search?q=takeaway&type=section"));

        await _factory.ExecuteSqlAsync("UPDATE articles SET status = 'draft' WHERE slug = 'magnesium-for-restless-legs';");

        Assert.Empty(await HitsAsync(client, "/api/search?q=takeaway&type=section"));
        Assert.Empty(await HitsAsync(client, "/api/search?q=restless&type=article"));
    }

    [Theory]
    [InlineData("title", "'Quetzal guide'", "quetzal", "article")]
    [InlineData("summary", "'Axolotl summary'", "axolotl", "article")]
    [InlineData("category", "'Tapirology'", "tapirology", "article")]
    [InlineData("slug", "'moved-article'", "takeaway", "section")]
    public async Task AnArticleColumnTheIndexReadsReindexesTheArticleAndItsSections(string column, string value, string query, string type)
    {
        var client = _factory.CreateClient();

        // Migration 0020: the article's search triggers fire only when a column the documents read changes.
        await _factory.ExecuteSqlAsync($"UPDATE articles SET {column} = {value} WHERE slug = 'magnesium-for-restless-legs';");

        var hits = await HitsAsync(client, $"/api/search?q={query}&type={type}");
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(column == "slug" ? "moved-article" : "magnesium-for-restless-legs", hit.ArticleSlug));
    }

    [Fact]
    public async Task AVersionBumpAloneLeavesTheIndexAsItWas()
    {
        var client = _factory.CreateClient();
        const string Segments = "SELECT id || ':' || hex(block) FROM search_index_data ORDER BY id";
        const string DraftSegments = "SELECT id || ':' || hex(block) FROM draft_search_index_data ORDER BY id";
        var before = (await SqliteFile.QueryAsync<string>(_factory.DatabasePath, Segments), await SqliteFile.QueryAsync<string>(_factory.DatabasePath, DraftSegments));

        // What every write through the API does to its article's row. Re-indexing (a delete and an insert per document)
        // would write new FTS5 segments even for the same text: the stored segments must stay byte for byte.
        await _factory.ExecuteSqlAsync("UPDATE articles SET version = version + 1, updated_at = '2026-11-26T00:00:00Z' WHERE slug = 'magnesium-for-restless-legs';");

        Assert.Equal(before.Item1, await SqliteFile.QueryAsync<string>(_factory.DatabasePath, Segments));
        Assert.Equal(before.Item2, await SqliteFile.QueryAsync<string>(_factory.DatabasePath, DraftSegments));
        Assert.NotEmpty(await HitsAsync(client, "/api/search?q=takeaway&type=section"));
    }

    [Fact]
    public async Task SnippetsEscapeHtmlInContent()
    {
        var client = _factory.CreateClient();
        await _factory.ExecuteSqlAsync("""
            INSERT INTO foods (id, article_id, name, serving, nutrient, amount_mg, percent_daily_value, source_id, updated_at)
            VALUES (901, 1, 'Teff <script>alert(1)</script> & millet', '1 cup', 'magnesium', 100, 24, 2, '2026-11-25T00:00:00Z');
            """);

        var snippet = (await HitsAsync(client, "/api/search?q=teff")).Single().Snippet;

        Assert.DoesNotContain("<script>", snippet);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Contains("<mark>Teff</mark>", snippet);
    }

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(HttpClient client, string url) =>
        (await client.OkAsync<PagedResponse<SearchHit>>(url)).Items;

    public void Dispose() => _factory.Dispose();
}
