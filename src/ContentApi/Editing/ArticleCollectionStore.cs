using System.Data.Common;
using System.Text.Json;
using ContentApi.Database;
using ContentApi.Json;
using Dapper;

namespace ContentApi.Editing;

/// <summary>One collection table as the write repository syncs it: its name, its upsert, and an item's id and values.</summary>
internal sealed record CollectionTable<TItem>(string Member, string Table, string Upsert, Func<EditableArticleResponse, IReadOnlyList<TItem>> Of, Func<TItem, int> IdOf)
    where TItem : class
{
    /// <summary>Writes the item's children (examples, aliases) after its row, if it has any.</summary>
    public Func<DbConnection, long, TItem, CancellationToken, Task>? WriteChildren { get; init; }
}

/// <summary>Makes an article's stored collection what the next aggregate says, keeping ids and touching only changed items.</summary>
internal static class ArticleCollectionStore
{
    public static readonly CollectionTable<EditableDoseRange> DoseRanges = new("doseRanges", "dose_ranges", CollectionWriteSql.UpsertDoseRange, article => article.DoseRanges, item => item.Id);

    public static readonly CollectionTable<EditableFood> Foods = new("foods", "foods", CollectionWriteSql.UpsertFood, article => article.Foods, item => item.Id);

    public static readonly CollectionTable<EditableInteraction> Interactions = new("interactions", "interactions", CollectionWriteSql.UpsertInteraction, article => article.Interactions, item => item.Id)
    {
        WriteChildren = async (connection, id, item, cancellationToken) =>
        {
            await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.DeleteInteractionChildren, new { Id = id }, cancellationToken: cancellationToken));
            foreach (var (example, position) in item.Examples.Select((example, index) => (example, index + 1)))
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.InsertInteractionExample, new { Id = id, Position = position, Name = example }, cancellationToken: cancellationToken));
            }

            foreach (var alias in item.Aliases)
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.InsertInteractionAlias, new { Id = id, alias.Name, alias.Type }, cancellationToken: cancellationToken));
            }
        },
    };

    public static readonly CollectionTable<EditableSideEffect> SideEffects = new("sideEffects", "side_effects", CollectionWriteSql.UpsertSideEffect, article => article.SideEffects, item => item.Id);

    public static readonly CollectionTable<EditableRemedy> Remedies = new("remedies", "remedies", CollectionWriteSql.UpsertRemedy, article => article.Remedies, item => item.Id)
    {
        WriteChildren = async (connection, id, item, cancellationToken) =>
        {
            await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.DeleteRemedyExamples, new { Id = id }, cancellationToken: cancellationToken));
            foreach (var (example, position) in item.Examples.Select((example, index) => (example, index + 1)))
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.InsertRemedyExample, new { Id = id, Position = position, Name = example }, cancellationToken: cancellationToken));
            }
        },
    };

    /// <summary>Syncs every collection named in <paramref name="changed"/> (top-level member names).</summary>
    public static async Task SyncAsync(
        DbConnection connection, SqlDialect dialect, long articleId, EditableArticleResponse current, EditableArticleResponse next, IReadOnlyList<string> changed,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await SyncAsync(connection, dialect, DoseRanges, articleId, current, next, changed, now, cancellationToken);
        await SyncAsync(connection, dialect, Foods, articleId, current, next, changed, now, cancellationToken);
        await SyncAsync(connection, dialect, Interactions, articleId, current, next, changed, now, cancellationToken);
        await SyncAsync(connection, dialect, SideEffects, articleId, current, next, changed, now, cancellationToken);
        await SyncAsync(connection, dialect, Remedies, articleId, current, next, changed, now, cancellationToken);
        if (changed.Contains("sources"))
        {
            // Ordered lists with no public ids: rewritten whole, so positions stay dense.
            await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.DeleteSources, new { ArticleId = articleId }, cancellationToken: cancellationToken));
            foreach (var (key, position) in next.Sources.Select((key, index) => (key, index + 1)))
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.InsertSource, new { ArticleId = articleId, Key = key, Position = position }, cancellationToken: cancellationToken));
            }
        }

        if (changed.Contains("related"))
        {
            await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.DeleteRelated, new { ArticleId = articleId }, cancellationToken: cancellationToken));
            foreach (var (related, position) in next.Related.Select((related, index) => (related, index + 1)))
            {
                await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.InsertRelated,
                    new { ArticleId = articleId, Position = position, related.Title, related.Slug, related.SectionKey }, cancellationToken: cancellationToken));
            }
        }
    }

    private static async Task SyncAsync<TItem>(
        DbConnection connection, SqlDialect dialect, CollectionTable<TItem> table, long articleId, EditableArticleResponse current, EditableArticleResponse next,
        IReadOnlyList<string> changed, DateTimeOffset now, CancellationToken cancellationToken) where TItem : class
    {
        if (!changed.Contains(table.Member))
        {
            return;
        }

        var stored = table.Of(current).ToDictionary(table.IdOf);
        var storedPositions = table.Of(current).Select((item, index) => (Id: table.IdOf(item), Position: index + 1)).ToDictionary(pair => pair.Id, pair => pair.Position);
        var items = table.Of(next);

        // An id the article does not hold (a snapshot's item deleted since) is kept when free, else the item is new.
        var foreign = items.Select(table.IdOf).Where(id => id != 0 && !stored.ContainsKey(id)).ToList();
        var taken = foreign.Count == 0 ? [] : (await connection.QueryAsync<int>(
            new CommandDefinition(CollectionWriteSql.TakenIds(table.Table, dialect), new { Ids = foreign }, cancellationToken: cancellationToken))).ToHashSet();
        var kept = items.Select(table.IdOf).Where(id => id != 0 && !taken.Contains(id)).ToList();
        await connection.ExecuteAsync(new CommandDefinition(CollectionWriteSql.DeleteOthers(table.Table, dialect), new { ArticleId = articleId, Ids = kept }, cancellationToken: cancellationToken));

        var typeInfo = ContentJsonContext.Default.GetTypeInfo(typeof(TItem))!;
        foreach (var (item, position) in items.Select((item, index) => (item, index + 1)))
        {
            var id = table.IdOf(item);
            // Unchanged and in its place: not rewritten, so its updated_at (the public Last-Modified) stays.
            if (id != 0 && stored.TryGetValue(id, out var before) && storedPositions[id] == position
                && JsonSerializer.Serialize(before, typeInfo) == JsonSerializer.Serialize(item, typeInfo))
            {
                continue;
            }

            var parameters = new ItemParameters(item, new Dictionary<string, object?>
            {
                ["Id"] = id == 0 || taken.Contains(id) ? null : id, ["ArticleId"] = articleId, ["Position"] = position, ["Now"] = now,
            });
            var written = await connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(CollectionWriteSql.UpsertIn(table.Upsert, table.Table, dialect), parameters, cancellationToken: cancellationToken));
            if (table.WriteChildren is { } children)
            {
                await children(connection, written, item, cancellationToken);
            }
        }
    }
}
