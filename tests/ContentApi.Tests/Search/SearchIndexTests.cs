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
