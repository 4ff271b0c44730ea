using System.Data.Common;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Database;
using ContentApi.Json;
using Dapper;

namespace ContentApi.Editing;

/// <summary>
/// Writes an article's body (sections, blocks, list items). A save usually changes one block, and rewriting every row of
/// the body made each save cost the whole article — about a hundred statements for the seed article — under the write
/// lock every other writer waits on. So the body is compared with the stored one section by section, by position: a
/// section that differs is updated in place with its blocks replaced, sections past the new end are deleted and new
/// ones appended. Positions stay dense and unique because the comparison is by position. A kept section that takes the
/// key another section holds now would break <c>UNIQUE (article_id, anchor_key)</c> mid-write, so such a body (a
/// reorder) is rewritten whole, as is every new article's.
/// </summary>
internal static class ArticleBodyStore
{
    public static Task InsertAsync(DbConnection connection, SqlDialect dialect, long articleId, IReadOnlyList<EditableSection> sections, CancellationToken cancellationToken) =>
        SearchBatch.RunAsync(connection, dialect, articleId, Positions(1, sections.Count),
            () => InsertSectionsAsync(connection, articleId, sections, 1, cancellationToken), cancellationToken);

    public static Task ReplaceAsync(
        DbConnection connection, SqlDialect dialect, long articleId, IReadOnlyList<EditableSection> before, IReadOnlyList<EditableSection> after,
        CancellationToken cancellationToken)
    {
        var kept = Math.Min(before.Count, after.Count);
        var heldKeys = before.Select(section => section.Key).ToHashSet(StringComparer.Ordinal);
        if (Enumerable.Range(0, kept).Any(i => after[i].Key != before[i].Key && heldKeys.Contains(after[i].Key)))
        {
            return SearchBatch.RunAsync(connection, dialect, articleId, Positions(1, after.Count), async () =>
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.DeleteSections, new { ArticleId = articleId }, cancellationToken: cancellationToken));
                await InsertSectionsAsync(connection, articleId, after, 1, cancellationToken);
            }, cancellationToken);
        }

        var changed = Enumerable.Range(0, kept).Where(i => !SameContent(before[i], after[i])).ToList();
        var rewritten = changed.Select(i => i + 1).Concat(Positions(kept + 1, after.Count - kept)).ToList();
        return SearchBatch.RunAsync(connection, dialect, articleId, rewritten, async () =>
        {
            // Removed sections leave the search indexes through their own delete triggers.
            await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.DeleteSectionsAfter,
                new { ArticleId = articleId, Position = after.Count }, cancellationToken: cancellationToken));
            foreach (var i in changed)
            {
                var sectionId = await connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(
                    after[i].Key == before[i].Key && after[i].Heading == before[i].Heading ? ArticleWriteSql.SectionAt : ArticleWriteSql.UpdateSectionAt,
                    new { ArticleId = articleId, Position = i + 1, after[i].Key, after[i].Heading }, cancellationToken: cancellationToken));
                await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.DeleteBlocksOf, new { SectionId = sectionId }, cancellationToken: cancellationToken));
                await InsertBlocksAsync(connection, sectionId, after[i].Blocks, cancellationToken);
            }

            await InsertSectionsAsync(connection, articleId, after.Skip(kept).ToList(), kept + 1, cancellationToken);
        }, cancellationToken);
    }

    private static IEnumerable<int> Positions(int first, int count) => Enumerable.Range(first, count);

    /// <summary>Compared as the revision stores them, so every member of every block type counts.</summary>
    private static bool SameContent(EditableSection before, EditableSection after) =>
        JsonSerializer.SerializeToUtf8Bytes(before, ContentJsonContext.Default.EditableSection)
            .AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(after, ContentJsonContext.Default.EditableSection));

    private static async Task InsertSectionsAsync(
        DbConnection connection, long articleId, IReadOnlyList<EditableSection> sections, int firstPosition, CancellationToken cancellationToken)
    {
        foreach (var (section, position) in sections.Select((section, index) => (section, firstPosition + index)))
        {
            var sectionId = await connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(ArticleWriteSql.InsertSection,
                new { ArticleId = articleId, Position = position, section.Key, section.Heading }, cancellationToken: cancellationToken));
            await InsertBlocksAsync(connection, sectionId, section.Blocks, cancellationToken);
        }
    }

    private static async Task InsertBlocksAsync(DbConnection connection, long sectionId, IReadOnlyList<BlockResponse> blocks, CancellationToken cancellationToken)
    {
        foreach (var (block, blockPosition) in blocks.Select((block, index) => (block, index + 1)))
        {
            var list = block as ListBlock;
            var blockId = await connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(ArticleWriteSql.InsertBlock, new
            {
                SectionId = sectionId, Position = blockPosition, Kind = list is null ? "paragraph" : "list",
                Text = list is null ? ((ParagraphBlock)block).Text : list.Text, ListStyle = list?.Style, block.SourceKey,
            }, cancellationToken: cancellationToken));
            foreach (var (item, itemPosition) in (list?.Items ?? []).Select((item, index) => (item, index + 1)))
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.InsertBlockItem,
                    new { BlockId = blockId, Position = itemPosition, Text = item }, cancellationToken: cancellationToken));
            }
        }
    }
}
