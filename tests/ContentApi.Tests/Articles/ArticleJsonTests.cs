using System.Text;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Preview;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Articles;

/// <summary>
/// The article's JSON is written from SQLite rows, not by the serializer: it must be byte for byte what the serializer
/// writes for the same <see cref="ArticleResponse"/>. Before the switch this compared with the typed read; now the body
/// must survive a round trip through the serializer unchanged (member names, order, nulls, escaping, number and date forms).
/// </summary>
public sealed class ArticleJsonTests : IDisposable
{
    private const string ArticleUrl = "/api/articles/magnesium-for-restless-legs";

    private readonly ContentApiFactory _factory = new();

    [Fact]
    public async Task EveryIncludeCombinationIsWhatTheSerializerWrites()
    {
        var client = _factory.CreateClient();
        for (var parts = ArticleParts.Sections; parts <= ArticleParts.All; parts++)
        {
            var include = string.Join(',', Enum.GetValues<ArticleParts>().Where(part => part is not (ArticleParts.None or ArticleParts.All) && parts.HasFlag(part)));
            await AssertSerializerFormAsync(await client.GetByteArrayAsync($"{ArticleUrl}?include={include}"));
        }
    }

    [Fact]
    public async Task TheArticleWithoutCollectionsIsWhatTheSerializerWrites()
    {
        _factory.CreateClient().Dispose();
        using var article = await _factory.Services.GetRequiredService<IArticleRepository>()
            .FindAsync("magnesium-for-restless-legs", ArticleParts.None, "http://localhost", ContentVisibility.Published, CancellationToken.None);

        var body = await AssertSerializerFormAsync(article!.Utf8Json.ToArray());
        Assert.DoesNotContain("\"sections\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EdgeCasesAreWrittenAsTheSerializerWritesThem()
    {
        var client = _factory.CreateClient();
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

        var body = await AssertSerializerFormAsync(await client.GetByteArrayAsync(ArticleUrl));

        Assert.Contains("\\uD83D\\uDE00", body, StringComparison.Ordinal); // stored as is; the serializer's encoder escapes it
        Assert.Contains("\"amountMg\":1E-07", body, StringComparison.Ordinal);
        Assert.Contains("\"updatedAt\":\"2026-11-24T10:20:30.25+00:00\"", body, StringComparison.Ordinal);
        Assert.Contains("\"updatedAt\":\"2026-11-24T10:00:00+00:00\"", body, StringComparison.Ordinal);
        Assert.Contains("\"examples\":[]", body, StringComparison.Ordinal);
        Assert.Contains("\"spacing\":null", body, StringComparison.Ordinal);
        Assert.Contains("\"heading\":\"No blocks\",\"blocks\":[]", body, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"list\",\"text\":null,\"style\":\"numbered\",\"items\":[],\"sourceKey\":null}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedListsFollowTheirPositionsNotTheOrderRowsWereStored()
    {
        var client = _factory.CreateClient();
        var before = await ReadArticleAsync(client);

        // Every item, example name and dose range keeps its row; only the positions turn round (negated, so they stay unique).
        await _factory.ExecuteSqlAsync("""
            UPDATE block_items SET position = -position;
            UPDATE interaction_examples SET position = -position;
            UPDATE remedy_examples SET position = -position;
            """);
        var after = await ReadArticleAsync(client);

        var listsBefore = ListItems(before);
        Assert.Contains(listsBefore, items => items.Count > 1);
        Assert.Equal(listsBefore.Select(items => items.AsEnumerable().Reverse()), ListItems(after));
        Assert.Contains(before.Interactions!, interaction => interaction.Examples.Count > 1);
        Assert.Equal(before.Interactions!.Select(interaction => interaction.Examples.Reverse()), after.Interactions!.Select(interaction => interaction.Examples));
        Assert.Contains(before.Remedies!, remedy => remedy.Examples.Count > 1);
        Assert.Equal(before.Remedies!.Select(remedy => remedy.Examples.Reverse()), after.Remedies!.Select(remedy => remedy.Examples));
        Assert.Equal(before.DoseRanges!.Select(dose => dose.Id).Order(), after.DoseRanges!.Select(dose => dose.Id));
    }

    [Fact]
    public async Task AnUnknownArticleIsNull()
    {
        _factory.CreateClient().Dispose();
        var articles = _factory.Services.GetRequiredService<IArticleRepository>();

        Assert.Null(await articles.FindAsync("no-such-article", ArticleParts.All, "http://localhost", ContentVisibility.Published, CancellationToken.None));
    }

    private async Task<ArticleResponse> ReadArticleAsync(HttpClient client)
    {
        var options = _factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = await client.GetByteArrayAsync(ArticleUrl);
        await AssertSerializerFormAsync(body);
        return (ArticleResponse)JsonSerializer.Deserialize(body, options.GetTypeInfo(typeof(ArticleResponse)))!;
    }

    private static List<IReadOnlyList<string>> ListItems(ArticleResponse article) =>
        [.. article.Sections!.SelectMany(section => section.Blocks).OfType<ListBlock>().Select(list => list.Items)];

    private Task<string> AssertSerializerFormAsync(byte[] body)
    {
        var options = _factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var typeInfo = options.GetTypeInfo(typeof(ArticleResponse));

        var article = JsonSerializer.Deserialize(body, typeInfo);

        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(article, typeInfo)), Encoding.UTF8.GetString(body));
        return Task.FromResult(Encoding.UTF8.GetString(body));
    }

    public void Dispose() => _factory.Dispose();
}
