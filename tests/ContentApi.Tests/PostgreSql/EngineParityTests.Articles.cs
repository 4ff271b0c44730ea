using System.Text;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Paging;
using ContentApi.Preview;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Articles read the same on both engines: the whole-article JSON byte for byte for every combination of parts, the
/// lists in every sort, filter and page, the sections and the conditions.
/// </summary>
public sealed partial class EngineParityTests
{
    private const string PublishedSlug = "magnesium-for-restless-legs";

    private const string DraftSlug = "zinc-and-sleep-draft";

    // Beyond the seed, on both engines alike (SQL valid on each): a hero image on the published article, and a draft
    // whose body has a paragraph with characters JSON escapes, a list, a list without items and a section without blocks,
    // and a food (which public reads and searches leave out until the draft is published).
    private const string SeedExtras = $"""
        INSERT INTO media (name, sha256, format, width, height, bytes, alt, created_at, key_name)
        VALUES ('capsules.jpg', '{Sha256}', 'jpeg', 1200, 800, 1000, 'Capsules "and" seeds', '2026-11-25T00:00:00Z', 'seed');
        UPDATE articles SET hero_media_id = (SELECT max(id) FROM media) WHERE slug = '{PublishedSlug}';
        INSERT INTO articles (slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                              status, published_at, updated_at, disclaimer)
        VALUES ('{DraftSlug}', 'Zinc and sleep', 'Whether zinc helps sleep; ferritin <too> & "more".', 'Minerals', '/media/zinc.jpg', 'Zinc', 10, 10,
                'draft', NULL, '2026-11-25T00:00:00Z', 'Not advice.');
        INSERT INTO sections (article_id, position, anchor_key, heading)
        SELECT id, 1, 'overview', 'Zinc überblick' FROM articles WHERE slug = '{DraftSlug}';
        INSERT INTO sections (article_id, position, anchor_key, heading)
        SELECT id, 2, 'empty', 'Nothing here yet' FROM articles WHERE slug = '{DraftSlug}';
        INSERT INTO blocks (section_id, position, kind, text, list_style, source_id)
        SELECT s.id, 1, 'paragraph', 'Zinc "quoted" <b>bold</b> & naïve\ttab — sleepless nights.', NULL, 2
        FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = '{DraftSlug}' AND s.anchor_key = 'overview';
        INSERT INTO blocks (section_id, position, kind, text, list_style, source_id)
        SELECT s.id, 2, 'list', NULL, 'bulleted', NULL
        FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = '{DraftSlug}' AND s.anchor_key = 'overview';
        INSERT INTO blocks (section_id, position, kind, text, list_style, source_id)
        SELECT s.id, 3, 'list', 'Nothing listed:', 'numbered', 1
        FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = '{DraftSlug}' AND s.anchor_key = 'overview';
        INSERT INTO block_items (block_id, position, text)
        SELECT b.id, 2, 'Pumpkin "seeds"' FROM blocks b JOIN sections s ON s.id = b.section_id JOIN articles a ON a.id = s.article_id
        WHERE a.slug = '{DraftSlug}' AND b.position = 2;
        INSERT INTO block_items (block_id, position, text)
        SELECT b.id, 1, 'Oysters' FROM blocks b JOIN sections s ON s.id = b.section_id JOIN articles a ON a.id = s.article_id
        WHERE a.slug = '{DraftSlug}' AND b.position = 2;
        INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, percent_daily_value, source_id, updated_at)
        SELECT id, 'Draft kale', '1 cup', 'magnesium', 999, 99, 2, '2026-11-25T00:00:00Z' FROM articles WHERE slug = '{DraftSlug}';
        """;

    private const string Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private const string LinkBase = "https://content.example";

    public static TheoryData<string?> ArticleSortKeys => Sorts(ArticleSorts.Columns.Keys);

    public static TheoryData<ContentVisibility> Visibilities => new() { ContentVisibility.Published, ContentVisibility.IncludingDrafts };

    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task WholeArticleJsonIsTheSameBytesForEveryCombinationOfParts(ContentVisibility visibility)
    {
        var slugs = new[] { PublishedSlug, DraftSlug };
        for (var parts = ArticleParts.None; parts <= ArticleParts.All; parts++)
        {
            foreach (var slug in slugs)
            {
                var onSqlite = await ReadArticleAsync(databases.Sqlite!, slug, parts, visibility);
                var onPostgreSql = await ReadArticleAsync(databases.PostgreSql!, slug, parts, visibility);
                Assert.True(onSqlite == onPostgreSql, $"{slug}, {parts}, {visibility}: {Difference(onSqlite, onPostgreSql)}");
            }
        }
    }

    [Fact]
    public async Task WholeArticleReadsTheDraftOnlyInAPreviewAndNoUnknownSlugOnEither()
    {
        foreach (var database in new[] { databases.Sqlite!, databases.PostgreSql! })
        {
            Assert.Null(await ReadArticleAsync(database, DraftSlug, ArticleParts.All, ContentVisibility.Published));
            Assert.Null(await ReadArticleAsync(database, "no-such-article", ArticleParts.All, ContentVisibility.IncludingDrafts));
            Assert.Contains("sleepless nights", await ReadArticleAsync(database, DraftSlug, ArticleParts.All, ContentVisibility.IncludingDrafts));
            Assert.Contains("capsules.jpg", await ReadArticleAsync(database, PublishedSlug, ArticleParts.None, ContentVisibility.Published));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleSortKeys))]
    public Task ArticleListsAreTheSameInEverySortFilterAndPage(string? sort) => AssertSameAsync(async connections =>
    {
        var articles = Articles(connections);
        var lists = new List<object>();
        foreach (var visibility in new[] { ContentVisibility.Published, ContentVisibility.IncludingDrafts })
        {
            foreach (var query in new[]
                     {
                         new ArticleListQuery { Sort = sort }, new ArticleListQuery { Sort = sort, Category = "VITAMINS" },
                         new ArticleListQuery { Sort = sort, Q = "SLEEP" }, new ArticleListQuery { Sort = sort, Q = "magnesium", Category = "minerals" },
                     })
            {
                lists.Add(await articles.ListAsync(query, FirstHundred, visibility, default));
                lists.Add(await articles.ListAsync(query, new PagingQuery { Page = QueryNumbers.Of(2), PageSize = QueryNumbers.Of(1) }, visibility, default));
            }
        }

        return lists;
    });

    [Fact]
    public Task SectionsAndConditionsAreTheSame() => AssertSameAsync(async connections =>
    {
        var articles = Articles(connections);
        var reads = new List<object?>();
        foreach (var slug in new[] { PublishedSlug, DraftSlug, "no-such-article" })
        {
            reads.Add(await articles.ListSectionsAsync(slug, ContentVisibility.Published, default));
            reads.Add(await articles.ListSectionsAsync(slug, ContentVisibility.IncludingDrafts, default));
        }

        reads.Add(await articles.ListConditionsAsync(1, default));
        return reads;
    });

    private static ArticleRepository Articles(ContentApi.Database.IContentConnections connections) =>
        new(connections, Options.Create(new JsonOptions()));

    private static async Task<string?> ReadArticleAsync(EngineDatabase database, string slug, ArticleParts parts, ContentVisibility visibility)
    {
        using var article = await Articles(database.Connections).FindAsync(slug, parts, LinkBase, visibility, default);
        // LastModified is the scope's stamp, written when each engine ran the seed: only its presence can agree.
        return article is null ? null : $"{article.Id} {Encoding.UTF8.GetString(article.Utf8Json.Span)}";
    }

    /// <summary>Where two texts part, with a little of each from there: a whole article is 60 KB.</summary>
    private static string Difference(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return $"SQLite {(expected is null ? "none" : "some")}, PostgreSQL {(actual is null ? "none" : "some")}";
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        string From(string text) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)];
        return $"at {at}: SQLite …{From(expected)}… PostgreSQL …{From(actual)}…";
    }
}
