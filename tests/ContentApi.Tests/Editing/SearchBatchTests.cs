using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>
/// A body written through the API is indexed once per section at the end of the write (migration 0015), and still
/// exactly: what its blocks and list items say is found, what they no longer say is not, a draft only by a preview.
/// </summary>
public sealed class SearchBatchTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task TheTextOfEveryBlockAndListItemIsFoundAfterAWriteAndTheBatchIsClosed()
    {
        using var editor = await Editor.CreateAsync(factory);
        var article = Editor.NewArticle("zinc-batched");
        article["sections"] = new JsonArray(new JsonObject
        {
            ["key"] = "lozenges", ["heading"] = "Lozenges",
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "paragraph", ["text"] = "Quokkaparagraph lozenges dissolve slowly." },
                new JsonObject { ["type"] = "list", ["style"] = "bulleted", ["items"] = new JsonArray([.. Enumerable.Range(0, 100).Select(n => (JsonNode)$"Item {n}"), ]) },
                new JsonObject { ["type"] = "list", ["style"] = "numbered", ["items"] = new JsonArray("Wombatitem first", "Numbatitem second") }),
        });
        var etag = await editor.CreateArticleAsync(article);

        // A draft: found by a preview only.
        Assert.Empty(await HitsAsync(editor.Client, "/api/search?q=wombatitem"));
        Assert.Equal(["zinc-batched"], await HitsAsync(editor.Client, "/api/search?q=wombatitem&preview=true"));

        etag = await editor.PostAsync("/api/articles/zinc-batched/publish", etag);
        Assert.Equal(["zinc-batched"], await HitsAsync(editor.Client, "/api/search?q=wombatitem"));
        Assert.Equal(["zinc-batched"], await HitsAsync(editor.Client, "/api/search?q=quokkaparagraph"));

        // Replace the list: the old item's words leave the index, the new ones enter it.
        using var replaced = await editor.SendAsync(HttpMethod.Put, "/api/articles/zinc-batched/sections/lozenges/blocks/3",
            "{\"type\":\"list\",\"style\":\"numbered\",\"items\":[\"Bilbyitem only\"]}", Editor.Json, etag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Empty(await HitsAsync(editor.Client, "/api/search?q=wombatitem"));
        Assert.Equal(["zinc-batched"], await HitsAsync(editor.Client, "/api/search?q=bilbyitem"));
        Assert.Equal(0L, await SqliteFile.ScalarAsync(factory.DatabasePath, "SELECT count(*) FROM search_batch"));
    }

    [Fact]
    public async Task SqlWrittenOutsideTheApiIsStillIndexedByTheTriggers()
    {
        using var client = factory.CreateClient(); // starts the host, which creates and seeds the file
        await SqliteFile.ExecuteAsync(factory.DatabasePath, """
            INSERT INTO block_items (block_id, position, text)
            SELECT b.id, 99, 'Platypusitem added by hand' FROM blocks b JOIN sections s ON s.id = b.section_id
            JOIN articles a ON a.id = s.article_id WHERE a.slug = 'magnesium-for-restless-legs' AND b.kind = 'list' ORDER BY b.id LIMIT 1;
            """);

        Assert.Equal(["magnesium-for-restless-legs"], await HitsAsync(client, "/api/search?q=platypusitem"));
    }

    private static async Task<string[]> HitsAsync(HttpClient client, string url) =>
        [.. (await client.OkJsonAsync(url)).GetProperty("items").EnumerateArray().Select(hit => hit.GetProperty("articleSlug").GetString() ?? "").Distinct()];
}
