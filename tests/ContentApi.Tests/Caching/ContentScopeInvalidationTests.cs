using System.Net;
using ContentApi.Caching;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Caching;

/// <summary>
/// Writes made straight to the database file, as another process or an editor would, and what the representation
/// cache does about them: only the representations built from what was written are rebuilt.
/// </summary>
public sealed class ContentScopeInvalidationTests : IDisposable
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";
    private const string SecondArticleUrl = "/api/articles/second-article";

    private const string AddSecondArticle = """
        INSERT INTO articles (slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                              status, published_at, updated_at, disclaimer)
        SELECT 'second-article', 'A second article', summary, category, hero_image_url, hero_image_alt, hero_image_width,
               hero_image_height, status, published_at, updated_at, disclaimer
        FROM articles WHERE slug = 'magnesium-for-restless-legs';
        INSERT INTO sections (article_id, position, anchor_key, heading)
        SELECT id, 1, 'overview', 'Overview' FROM articles WHERE slug = 'second-article';
        INSERT INTO blocks (section_id, position, kind, text)
        SELECT s.id, 1, 'paragraph', 'First words.' FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = 'second-article';
        """;

    private const string EditSecondArticlesBlock = """
        UPDATE blocks SET text = 'Second words.'
        WHERE section_id IN (SELECT s.id FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = 'second-article');
        """;

    /// <summary>With the tests' refresh interval of 0, every request reads the new stamps first: a hit runs only that.</summary>
    internal const int ChangePoll = 1;

    private readonly ContentApiFactory _factory = new ContentApiFactory()
        .WithSetting("HttpCaching:StoreRepresentations", "true")
        .WithSetting("Database:CountStatements", "true");

    [Fact]
    public async Task AWriteToOneArticleLeavesOtherArticlesAndUnrelatedListsCached()
    {
        var client = _factory.CreateClient();
        await client.GetAsync(ArticleUrl);
        await _factory.ExecuteSqlAsync(AddSecondArticle);
        string[] unrelated = [ArticleUrl, "/api/foods", "/api/interactions?pageSize=5", "/api/sources?pageSize=5"];
        foreach (var url in unrelated.Append(SecondArticleUrl))
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }

        await _factory.ExecuteSqlAsync(EditSecondArticlesBlock);

        var statements = new List<(string Url, long Count)>();
        foreach (var url in unrelated)
        {
            statements.Add((url, await StatementsRunByAsync(client, url)));
        }

        Assert.All(statements, hit => Assert.Equal((hit.Url, ChangePoll), hit));

        Assert.True(await StatementsRunByAsync(client, SecondArticleUrl) > ChangePoll);
        Assert.Contains("Second words.", await client.GetStringAsync(SecondArticleUrl));
    }

    [Fact]
    public async Task AWriteToOneArticleRebuildsTheListsItShowsIn()
    {
        var client = _factory.CreateClient();
        await _factory.ExecuteSqlAsync(AddSecondArticle);
        (await client.GetAsync("/api/articles")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/search?q=words")).EnsureSuccessStatusCode();

        await _factory.ExecuteSqlAsync(EditSecondArticlesBlock);

        Assert.True(await StatementsRunByAsync(client, "/api/articles") > ChangePoll);
        Assert.Contains("Second <mark>words</mark>", await client.GetStringAsync("/api/search?q=words"));
    }

    [Theory]
    [InlineData("UPDATE foods SET name = 'Pumpkin seeds, dry roasted' WHERE id = 1;", "/api/foods/1", "Pumpkin seeds, dry roasted")]
    [InlineData("UPDATE foods SET name = 'Pumpkin seeds, dry roasted' WHERE id = 1;", "/api/sources/{food-source}", "Pumpkin seeds, dry roasted")]
    [InlineData("UPDATE sources SET title = 'Renamed source' WHERE id = 1;", ArticleUrl, "Renamed source")]
    [InlineData("UPDATE block_items SET text = 'Bloating and cramps' WHERE id = (SELECT min(id) FROM block_items);", ArticleUrl, "Bloating and cramps")]
    [InlineData("UPDATE interaction_examples SET generic_name = 'examplemycin' WHERE rowid = (SELECT min(rowid) FROM interaction_examples);", "/api/interactions", "examplemycin")]
    public async Task AWriteIsServedOnTheNextRequestWhereverItLands(string write, string url, string expected)
    {
        var client = _factory.CreateClient();
        // A source's page lists what cites it: the food's source shows the food's name.
        url = url.Replace("{food-source}", $"{await SqliteFile.ScalarAsync(_factory.DatabasePath, "SELECT source_id FROM foods WHERE id = 1;")}");
        Assert.DoesNotContain(expected, await client.GetStringAsync(url));

        await _factory.ExecuteSqlAsync(write);

        Assert.Contains(expected, await client.GetStringAsync(url));
    }

    [Fact]
    public async Task LastModifiedMovesWhenABlockChangesSoIfModifiedSinceNeverAnswersStale()
    {
        // Stamps that say nothing changed since 2020, without a new version: what the first read is built from.
        var client = _factory.CreateClient();
        await _factory.ExecuteSqlAsync("UPDATE content_scopes SET updated_at = '2020-01-01T00:00:00.000Z';");
        using var before = await client.GetAsync(ArticleUrl);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), before.Content.Headers.LastModified);

        await _factory.ExecuteSqlAsync("UPDATE blocks SET text = 'Edited.' WHERE id = (SELECT min(id) FROM blocks);");
        using var request = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        request.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        using var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True(after.Content.Headers.LastModified > before.Content.Headers.LastModified);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Edited.", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProcessesSharingOneDatabaseEachSeeAWriteWithinTheirRefreshInterval()
    {
        using var other = new ContentApiFactory(_factory.DatabasePath).WithSetting("HttpCaching:StoreRepresentations", "true");
        var first = _factory.CreateClient();
        var second = other.CreateClient();
        Assert.DoesNotContain("Pumpkin seeds, salted", await first.GetStringAsync("/api/foods/1"));
        Assert.DoesNotContain("Pumpkin seeds, salted", await second.GetStringAsync("/api/foods/1"));

        await _factory.ExecuteSqlAsync("UPDATE foods SET name = 'Pumpkin seeds, salted' WHERE id = 1;");

        Assert.Contains("Pumpkin seeds, salted", await first.GetStringAsync("/api/foods/1"));
        Assert.Contains("Pumpkin seeds, salted", await second.GetStringAsync("/api/foods/1"));
    }

    [Fact]
    public async Task AWriteElsewhereWaitsForTheRefreshIntervalUnlessTheFeedIsToldToCatchUp()
    {
        using var factory = new ContentApiFactory()
            .WithSetting("HttpCaching:StoreRepresentations", "true")
            .WithSetting("HttpCaching:ContentVersionRefreshMilliseconds", "600000");
        var client = factory.CreateClient();
        var original = await client.GetStringAsync("/api/foods/1");

        await factory.ExecuteSqlAsync("UPDATE foods SET name = 'Pumpkin seeds' WHERE id = 1;");
        var remembered = await client.GetStringAsync("/api/foods/1");
        await factory.Services.GetRequiredService<ContentChangeFeed>().CatchUpAsync(CancellationToken.None);

        Assert.Equal(original, remembered);
        Assert.Contains("\"Pumpkin seeds\"", await client.GetStringAsync("/api/foods/1"));
    }

    [Fact]
    public async Task AResponseBuiltWhileAWriteItCannotPlaceLandedHasNoLastModifiedAndIsNotKept()
    {
        using var factory = new ContentApiFactory()
            .WithSetting("HttpCaching:StoreRepresentations", "true")
            .WithSetting("HttpCaching:ContentVersionRefreshMilliseconds", "600000")
            .WithSetting("Database:CountStatements", "true");
        var client = factory.CreateClient();
        (await client.GetAsync("/api/foods/1")).EnsureSuccessStatusCode();

        // A write the process has not polled yet: the stamp read after the content is newer than the one before it.
        await factory.ExecuteSqlAsync("UPDATE foods SET name = 'Pumpkin seeds' WHERE id = 1;");
        using var unplaced = await client.GetAsync("/api/foods?pageSize=3");
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        counter.Reset();
        using var again = await client.GetAsync("/api/foods?pageSize=3");
        var statementsAgain = counter.Count;
        await factory.Services.GetRequiredService<ContentChangeFeed>().CatchUpAsync(CancellationToken.None);
        using var placed = await client.GetAsync("/api/foods?pageSize=3");

        Assert.Null(unplaced.Content.Headers.LastModified);
        Assert.NotNull(unplaced.Headers.ETag);
        Assert.True(statementsAgain > 0);
        Assert.NotNull(placed.Content.Headers.LastModified);
    }

    [Fact]
    public async Task EveryContentWriteStampsItsArticleAndItsListsWithANewVersion()
    {
        _factory.CreateClient();
        await _factory.ExecuteSqlAsync("UPDATE remedies SET description = description || '.' WHERE id = (SELECT min(id) FROM remedies);");

        var stamps = await SqliteFile.QueryAsync<(string Scope, long Version)>(
            _factory.DatabasePath, "SELECT scope AS Scope, version AS Version FROM content_scopes ORDER BY version DESC, scope;");
        var newest = stamps[0].Version;

        Assert.Equal(["article:1", "articles", "remedies"], stamps.Where(stamp => stamp.Version == newest).Select(stamp => stamp.Scope));
        Assert.All(stamps.Where(stamp => stamp.Scope is "foods" or "interactions"), stamp => Assert.True(stamp.Version < newest));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<long> StatementsRunByAsync(HttpClient client, string url)
    {
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        counter.Reset();
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return counter.Count;
    }
}
