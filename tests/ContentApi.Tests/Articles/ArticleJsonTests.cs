using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Articles;

/// <summary>The JSON SQLite builds for the article is byte for byte what the serializer writes for the same article.</summary>
public sealed class ArticleJsonTests : IDisposable
{
    private const string Slug = "magnesium-for-restless-legs";

    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task JsonIsWhatTheSerializerWritesForEveryCombinationOfParts()
    {
        for (var parts = ArticleParts.None; parts <= ArticleParts.All; parts++)
        {
            await AssertSameAsSerializerAsync(parts);
        }
    }

    [Fact]
    public async Task EdgeCasesAreWrittenAsTheSerializerWritesThem()
    {
        _factory.CreateClient().Dispose(); // the host creates and seeds the database
        await _factory.ExecuteSqlAsync("""
            UPDATE blocks SET text = 'Quote " backslash \ tab' || char(9) || 'line' || char(10) || 'nul-ish' || char(1) ||
                ' <b>&amp;</b> it''s 1+1 `x` ' || char(8232) || ' emoji ' || char(128512) || ' é – …'
                WHERE id = (SELECT min(id) FROM blocks WHERE kind = 'paragraph');
            UPDATE foods SET amount_mg = 0.1, amount_max_mg = 12345.678 WHERE id = (SELECT min(id) FROM foods);
            UPDATE foods SET amount_mg = 1e-7, amount_max_mg = 1e21 WHERE id = (SELECT max(id) FROM foods);
            UPDATE sources SET updated_at = '2026-11-24T10:20:30.250Z' WHERE id = (SELECT min(id) FROM sources);
            UPDATE interactions SET updated_at = '2026-11-24T12:00:00+02:00' WHERE id = (SELECT min(id) FROM interactions);
            UPDATE interactions SET hours_before_magnesium = NULL, hours_after_magnesium = NULL, hours_after_max = NULL
                WHERE id = (SELECT max(id) FROM interactions);
            DELETE FROM interaction_examples WHERE interaction_id = (SELECT min(interaction_id) FROM interaction_examples);
            INSERT INTO sections (article_id, position, anchor_key, heading) VALUES (1, 901, 'no-blocks', 'No blocks'), (1, 902, 'empty-list', 'Empty list');
            INSERT INTO blocks (section_id, position, kind, text, list_style)
                SELECT id, 1, 'list', NULL, 'numbered' FROM sections WHERE anchor_key = 'empty-list';
            """);

        var json = System.Text.Encoding.UTF8.GetString(await AssertSameAsSerializerAsync(ArticleParts.All));
        Assert.Contains("\\uD83D\\uDE00", json, StringComparison.Ordinal); // SQLite writes the emoji as is; the serializer's encoder escapes it
        Assert.Contains("\"amountMg\":1E-07", json, StringComparison.Ordinal);
        Assert.Contains("10:20:30.25+00:00", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownArticleIsNull()
    {
        var articles = _factory.Services.GetRequiredService<IArticleRepository>();

        Assert.Null(await articles.FindJsonAsync("no-such-article", ArticleParts.All, CancellationToken.None));
    }

    private async Task<byte[]> AssertSameAsSerializerAsync(ArticleParts parts)
    {
        var articles = _factory.Services.GetRequiredService<IArticleRepository>();
        var options = _factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var article = await articles.FindAsync(Slug, parts, CancellationToken.None);
        var json = await articles.FindJsonAsync(Slug, parts, CancellationToken.None);

        Assert.NotNull(article);
        Assert.NotNull(json);
        Assert.Equal(
            System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(article, options.GetTypeInfo(typeof(ArticleResponse)))),
            System.Text.Encoding.UTF8.GetString(json.Utf8Json));
        Assert.Equal(article.UpdatedAt, json.UpdatedAt);
        return json.Utf8Json;
    }

    public void Dispose() => _factory.Dispose();
}
