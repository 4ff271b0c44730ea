using ContentApi.Sql;
using ContentApi.Paging;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContentApi.Articles;
using ContentApi.Database;
using ContentApi.Json;
using Dapper;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Editing;

internal interface IArticleWriteRepository
{
    /// <summary>The article whatever its status, or null.</summary>
    Task<StoredArticle?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Creates a draft with revision 1; a taken slug is refused (409, or 412 under <c>If-None-Match: *</c>).</summary>
    Task<WriteOutcome> CreateAsync(string slug, EditableArticleResponse document, bool ifNoneMatchStar, WriteAuthor author, CancellationToken cancellationToken);

    /// <summary>
    /// Under the write lock: finds the article, checks <paramref name="ifMatch"/> against its version (428 when absent,
    /// 412 when stale), asks <paramref name="change"/> what to do with it, does it and stores the revision — or nothing.
    /// </summary>
    Task<WriteOutcome> ChangeAsync(string slug, StringValues ifMatch, Func<EditableArticleResponse, ArticleChange> change, WriteAuthor author, CancellationToken cancellationToken);

    /// <summary>Whether a source with that key exists.</summary>
    Task<bool> SourceExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>The article's revisions in number order, or null when there is no such article.</summary>
    Task<ListPage<RevisionRow>?> ListRevisionsAsync(string slug, PagingQuery paging, CancellationToken cancellationToken);

    Task<RevisionResponse?> FindRevisionAsync(string slug, int number, CancellationToken cancellationToken);

    /// <summary>The scheduled drafts due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<DueSchedule>> ListDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When the next scheduled draft is due, or null when none is scheduled.</summary>
    Task<DateTimeOffset?> NextScheduleAsync(CancellationToken cancellationToken);
}

/// <summary>A scheduled draft whose time has come, and the key that scheduled it.</summary>
internal sealed class DueSchedule
{
    public string Slug { get; set; } = "";
    public string KeyId { get; set; } = "";
    public string KeyName { get; set; } = "";
}

/// <summary>A revision without its snapshot, as stored.</summary>
internal class RevisionRow
{
    public int Number { get; set; }
    public string CreatedAt { get; set; } = "";
    public string KeyName { get; set; } = "";
    public string Summary { get; set; } = "";
}

internal sealed class ArticleWriteRepository(
    IContentConnections connections, ContentWriter writer) : IArticleWriteRepository
{
    public async Task<StoredArticle?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadAsync(connection, slug, cancellationToken);
    }

    public Task<WriteOutcome> CreateAsync(string slug, EditableArticleResponse document, bool ifNoneMatchStar, WriteAuthor author, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, now) =>
        {
            if (await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(ArticleWriteSql.SlugTaken, new { Slug = slug }, cancellationToken: cancellationToken)) > 0)
            {
                return new WriteOutcome.Refused(null, ifNoneMatchStar ? EditProblem.ExistsAlready(slug) : EditProblem.SlugTaken(slug));
            }

            if ((await UnknownSourcesAsync(connection, connections.Dialect, document, cancellationToken) ?? await UnknownMediaAsync(connection, document, cancellationToken)) is { } unknown)
            {
                return unknown;
            }

            var id = await connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(ArticleWriteSql.InsertArticleIn(connections.Dialect), new
            {
                Slug = slug, document.Title, document.Summary, document.Category, document.Disclaimer,
                LastReviewedAt = Whole(document.LastReviewedAt), NextReviewAt = Whole(document.NextReviewAt), Now = now, document.HeroImageId,
            }, cancellationToken: cancellationToken));
            await ArticleBodyStore.InsertAsync(connection, connections.Dialect, id, document.Sections, cancellationToken);
            await AppendCitedSourcesAsync(connection, id, cancellationToken);
            return await RecordAsync(connection, slug, "Created.", author, now, cancellationToken);
        }, cancellationToken);

    public Task<WriteOutcome> ChangeAsync(
        string slug, StringValues ifMatch, Func<EditableArticleResponse, ArticleChange> change, WriteAuthor author, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, now) =>
        {
            if (await ReadAsync(connection, slug, cancellationToken) is not { } current)
            {
                return new WriteOutcome.NotFound();
            }

            if (StringValues.IsNullOrEmpty(ifMatch))
            {
                return new WriteOutcome.Refused(null, EditProblem.IfMatchRequired(current.ETag));
            }

            if (!ArticleVersionTag.Matches(ifMatch, current.ETag))
            {
                return new WriteOutcome.Refused(null, EditProblem.Stale(current.ETag));
            }

            switch (change(current.Article))
            {
                case ArticleChange.Refuse refused:
                    return new WriteOutcome.Refused(refused.Invalid, refused.Problem);
                case ArticleChange.Delete:
                    // The last revision holds what was deleted, so the audit trail keeps it.
                    await KeepBaselineAsync(connection, current, now, cancellationToken);
                    await InsertRevisionAsync(connection, current.Id, current.Article, "Deleted.", author, now, cancellationToken);
                    if (current.Article.Status == "draft")
                    {
                        // A published article's figures outlive it, no longer tied to it (and so public); a draft's were
                        // never public, and must not become so by its deletion. The last revision still holds them.
                        await connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.DeleteItemsOf, new { ArticleId = current.Id }, cancellationToken: cancellationToken));
                    }

                    await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.DeleteArticle, new { current.Id }, cancellationToken: cancellationToken));
                    return new WriteOutcome.Deleted();
                case ArticleChange.Replace(var next, var summary):
                    if ((await UnknownSourcesAsync(connection, connections.Dialect, next, cancellationToken) ?? await UnknownMediaAsync(connection, next, cancellationToken)) is { } unknown)
                    {
                        return unknown;
                    }

                    var changed = ChangedMembers(current.Article, next);
                    if (changed.Count == 0)
                    {
                        // Nothing to change: no new version, no revision.
                        return new WriteOutcome.Written(current);
                    }

                    await KeepBaselineAsync(connection, current, now, cancellationToken);

                    await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.UpdateArticle, new
                    {
                        current.Id, next.Title, next.Summary, next.Category, next.Disclaimer,
                        LastReviewedAt = Whole(next.LastReviewedAt), NextReviewAt = Whole(next.NextReviewAt),
                        next.Status, PublishedAt = Whole(next.PublishedAt), Now = now, next.HeroImageId,
                    }, cancellationToken: cancellationToken));
                    if (changed.Contains("scheduledAt"))
                    {
                        await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.Unschedule, new { ArticleId = current.Id }, cancellationToken: cancellationToken));
                        if (next.ScheduledAt is { } publishAt)
                        {
                            await connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.Schedule,
                                new { ArticleId = current.Id, PublishAt = Whole(publishAt), author.KeyId, author.KeyName }, cancellationToken: cancellationToken));
                        }
                    }

                    if (changed.Contains("sections"))
                    {
                        // Only the sections that differ are written; the search index and scopes follow by trigger.
                        await ArticleBodyStore.ReplaceAsync(connection, connections.Dialect, current.Id, current.Article.Sections, next.Sections, cancellationToken);
                    }

                    await ArticleCollectionStore.SyncAsync(connection, connections.Dialect, current.Id, current.Article, next, changed, now, cancellationToken);
                    await AppendCitedSourcesAsync(connection, current.Id, cancellationToken);
                    return await RecordAsync(connection, slug, $"{summary} Changed: {string.Join(", ", changed)}.", author, now, cancellationToken);
                default:
                    throw new InvalidOperationException($"Unknown change {change.GetType()}.");
            }
        }, cancellationToken);

    public async Task<bool> SourceExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(ArticleWriteSql.KnownSourceKeysIn(connections.Dialect), new { Keys = new[] { key } }, cancellationToken: cancellationToken))).Any();
    }

    public async Task<ListPage<RevisionRow>?> ListRevisionsAsync(string slug, PagingQuery paging, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(ArticleWriteSql.SlugTaken, new { Slug = slug }, cancellationToken: cancellationToken)) == 0)
        {
            return null;
        }

        return await new SqlFilter(connections.Dialect).When(true, "r.article_id = (SELECT id FROM articles WHERE slug = @Slug)", new { Slug = slug })
            .QueryPageAsync<RevisionRow>(connection, ArticleWriteSql.RevisionColumns, "article_revisions r", "r.number", paging);
    }

    public async Task<RevisionResponse?> FindRevisionAsync(string slug, int number, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StoredRevision>(
            new CommandDefinition(ArticleWriteSql.FindRevision, new { Slug = slug, Number = number }, cancellationToken: cancellationToken));
        return row is null ? null : new RevisionResponse(row.Number, Timestamps.Parse(row.CreatedAt), row.KeyName, row.Summary,
            JsonSerializer.Deserialize(row.Snapshot, StoredSnapshot)!);
    }

    // A stored snapshot is read whatever its members' order: an operator's fix made through PostgreSQL's jsonb (which
    // sorts an object's keys) puts a block's "type" after its other members, and the serializer's default wants it first.
    private static readonly JsonTypeInfo<EditableArticleResponse> StoredSnapshot =
        (JsonTypeInfo<EditableArticleResponse>)new JsonSerializerOptions(ContentJsonContext.Default.Options)
        {
            AllowOutOfOrderMetadataProperties = true,
        }.GetTypeInfo(typeof(EditableArticleResponse));

    public async Task<IReadOnlyList<DueSchedule>> ListDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<DueSchedule>(new CommandDefinition(ArticleWriteSql.DueSchedules, new { Now = now }, cancellationToken: cancellationToken))];
    }

    public async Task<DateTimeOffset?> NextScheduleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return Timestamps.ParseOptional(await connection.ExecuteScalarPreparedAsync<string?>(new CommandDefinition(ArticleWriteSql.NextSchedule, cancellationToken: cancellationToken)));
    }

    /// <summary>The top-level members whose values differ (the version and publication state's own members included).</summary>
    internal static IReadOnlyList<string> ChangedMembers(EditableArticleResponse current, EditableArticleResponse next)
    {
        var before = JsonSerializer.SerializeToElement(current with { Version = 0 }, ContentJsonContext.Default.EditableArticleResponse);
        var after = JsonSerializer.SerializeToElement(next with { Slug = current.Slug, Version = 0 }, ContentJsonContext.Default.EditableArticleResponse);
        return [.. JsonPatchDiff.Between(before, after).Select(operation => operation.Path.Split('/')[1]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Runs <paramref name="write"/> in one write transaction (<see cref="ContentWriter"/>); what it wrote or deleted is committed.</summary>
    private Task<WriteOutcome> WriteAsync(Func<DbConnection, DateTimeOffset, Task<WriteOutcome>> write, CancellationToken cancellationToken) =>
        writer.WriteAsync(write, outcome => outcome is WriteOutcome.Written or WriteOutcome.Deleted, busy => new WriteOutcome.Refused(null, busy), cancellationToken);

    private static Task<int> AppendCitedSourcesAsync(DbConnection connection, long articleId, CancellationToken cancellationToken) =>
        connection.ExecutePreparedAsync(new CommandDefinition(CollectionWriteSql.AppendCitedSources, new { ArticleId = articleId }, cancellationToken: cancellationToken));

    /// <summary>
    /// An article that came from the seed or an operator's SQL has no revision: before its first write through the API,
    /// its state then is stored as revision 1, so that write can be diffed and undone like any other.
    /// </summary>
    private static async Task KeepBaselineAsync(DbConnection connection, StoredArticle current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(ArticleWriteSql.HasRevisions, new { ArticleId = current.Id }, cancellationToken: cancellationToken)) == 0)
        {
            await InsertRevisionAsync(connection, current.Id, current.Article, BaselineSummary, BaselineAuthor, now, cancellationToken);
        }
    }

    internal const string BaselineSummary = "As it stood before its first write through the API.";

    private static readonly WriteAuthor BaselineAuthor = new("", "(before the write API)");

    private static async Task<WriteOutcome> RecordAsync(DbConnection connection, string slug, string summary, WriteAuthor author, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = (await ReadAsync(connection, slug, cancellationToken))!;
        await InsertRevisionAsync(connection, written.Id, written.Article, summary, author, now, cancellationToken);
        return new WriteOutcome.Written(written);
    }

    private static Task<int> InsertRevisionAsync(
        DbConnection connection, long articleId, EditableArticleResponse snapshot, string summary, WriteAuthor author, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecutePreparedAsync(new CommandDefinition(ArticleWriteSql.InsertRevision, new
        {
            ArticleId = articleId, Now = now, author.KeyId, author.KeyName, Summary = summary,
            Snapshot = JsonSerializer.Serialize(snapshot, ContentJsonContext.Default.EditableArticleResponse),
        }, cancellationToken: cancellationToken));

    /// <summary>
    /// A 400 naming each block or collection item whose sourceKey is not a served source, or null when all are. Checked
    /// here, in the write's transaction, so a source deleted meanwhile is a 400 and never a failed NOT NULL (500).
    /// </summary>
    private static async Task<WriteOutcome.Refused?> UnknownSourcesAsync(DbConnection connection, SqlDialect dialect, EditableArticleResponse document, CancellationToken cancellationToken)
    {
        var cited = document.Sections.SelectMany((section, s) => section.Blocks.Select((block, b) => (Path: $"sections[{s}].blocks[{b}].sourceKey", block.SourceKey)))
            .Concat((document.DoseRanges ?? []).Select((item, i) => (Path: $"doseRanges[{i}].sourceKey", SourceKey: (string?)item.SourceKey)))
            .Concat((document.Foods ?? []).Select((item, i) => (Path: $"foods[{i}].sourceKey", SourceKey: (string?)item.SourceKey)))
            .Concat((document.Interactions ?? []).Select((item, i) => (Path: $"interactions[{i}].sourceKey", SourceKey: (string?)item.SourceKey)))
            .Concat((document.SideEffects ?? []).Select((item, i) => (Path: $"sideEffects[{i}].sourceKey", SourceKey: (string?)item.SourceKey)))
            .Concat((document.Remedies ?? []).Select((item, i) => (Path: $"remedies[{i}].sourceKey", SourceKey: (string?)item.SourceKey)))
            .Concat((document.Sources ?? []).Select((key, i) => (Path: $"sources[{i}]", SourceKey: (string?)key)))
            .Where(pair => pair.SourceKey is not null).ToList();
        if (cited.Count == 0)
        {
            return null;
        }

        var known = (await connection.QueryAsync<string>(new CommandDefinition(ArticleWriteSql.KnownSourceKeysIn(dialect),
            new { Keys = cited.Select(pair => pair.SourceKey).Distinct().ToList() }, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        var errors = cited.Where(pair => !known.Contains(pair.SourceKey!))
            .ToDictionary(pair => pair.Path, pair => new[] { $"'{pair.SourceKey}' is not a source this API serves (see GET /api/sources)." });
        return errors.Count == 0 ? null : new WriteOutcome.Refused(JsonBody.Errors(errors), null);
    }

    /// <summary>
    /// A 422 when the hero image names no image (deleted since, or never uploaded), or null. Checked in the write's
    /// transaction, as a delete of the image takes the same lock; a restored revision may name one deleted since.
    /// </summary>
    private static async Task<WriteOutcome.Refused?> UnknownMediaAsync(DbConnection connection, EditableArticleResponse document, CancellationToken cancellationToken) =>
        document.HeroImageId is not { } id
        || await connection.ExecuteScalarPreparedAsync<bool>(new CommandDefinition(ArticleWriteSql.MediaExists, new { Id = id }, cancellationToken: cancellationToken))
            ? null
            : new WriteOutcome.Refused(null, EditProblem.Of(StatusCodes.Status422UnprocessableEntity, "The hero image does not exist.",
                $"'heroImageId' is {id}, and no image has that id (see GET /api/media; POST /api/media uploads one)."));

    private static async Task<StoredArticle?> ReadAsync(DbConnection connection, string slug, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ArticleWriteSql.Aggregate, new { Slug = slug }, cancellationToken: cancellationToken));
        var article = await results.ReadSingleOrDefaultAsync<EditableArticleRow>();
        var sections = await results.ReadAsync<SectionRow>();
        var blocks = (await results.ReadAsync<BlockRow>()).ToLookup(block => block.SectionId);
        var items = (await results.ReadAsync<BlockItemRow>()).ToLookup(item => item.BlockId, item => item.Text);
        var doseRanges = (await results.ReadAsync<EditableDoseRangeRow>()).Select(row => row.ToItem()).ToList();
        var foods = (await results.ReadAsync<EditableFoodRow>()).Select(row => row.ToItem()).ToList();
        var interactions = (await results.ReadAsync<EditableInteractionRow>()).AsList();
        var interactionExamples = (await results.ReadAsync<ChildRow>()).ToLookup(row => row.ParentId, row => row.Name);
        var aliases = (await results.ReadAsync<ChildRow>()).ToLookup(row => row.ParentId, row => new EditableAlias(row.Name, row.Type));
        var sideEffects = (await results.ReadAsync<EditableSideEffectRow>()).Select(row => row.ToItem()).ToList();
        var remedies = (await results.ReadAsync<EditableRemedyRow>()).AsList();
        var remedyExamples = (await results.ReadAsync<ChildRow>()).ToLookup(row => row.ParentId, row => row.Name);
        var sources = (await results.ReadAsync<string>()).AsList();
        var related = (await results.ReadAsync<RelatedRow>()).Select(row => new EditableRelated(row.Slug, row.Title, row.SectionKey)).ToList();
        if (article is null)
        {
            return null;
        }

        var body = sections.Select(section => new EditableSection(section.Key, section.Heading,
            blocks[section.Id].Select(block => block.Kind == "list"
                ? (BlockResponse)new ListBlock(block.Text, block.ListStyle!, items[block.Id].ToList(), block.SourceKey)
                : new ParagraphBlock(block.Text!, block.SourceKey)).ToList())).ToList();
        return new StoredArticle(article.Id, new EditableArticleResponse(
            article.Slug, article.Title, article.Summary, article.Category, article.Disclaimer,
            Timestamps.ParseOptional(article.LastReviewedAt), Timestamps.ParseOptional(article.NextReviewAt),
            article.Status, Timestamps.ParseOptional(article.PublishedAt), Timestamps.ParseOptional(article.ScheduledAt), article.Version, body, article.HeroImageId)
        {
            DoseRanges = doseRanges,
            Foods = foods,
            Interactions = [.. interactions.Select(row => row.ToItem([.. interactionExamples[row.Id]], [.. aliases[row.Id]]))],
            SideEffects = sideEffects,
            Remedies = [.. remedies.Select(row => row.ToItem([.. remedyExamples[row.Id]]))],
            Sources = sources,
            Related = related,
        });
    }

    private static DateTimeOffset? Whole(DateTimeOffset? time) => ContentWriter.Whole(time);

    private sealed class RelatedRow
    {
        public string? Slug { get; set; }
        public string Title { get; set; } = "";
        public string? SectionKey { get; set; }
    }

    private sealed class StoredRevision : RevisionRow
    {
        public string Snapshot { get; set; } = "";
    }

    private sealed class EditableArticleRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public string Category { get; set; } = "";
        public string Disclaimer { get; set; } = "";
        public string? LastReviewedAt { get; set; }
        public string? NextReviewAt { get; set; }
        public string Status { get; set; } = "";
        public string? PublishedAt { get; set; }
        public string? ScheduledAt { get; set; }
        public int Version { get; set; }
        public long? HeroImageId { get; set; }
    }
}
