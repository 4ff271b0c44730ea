using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Comments;
using ContentApi.Editing;
using ContentApi.Keys;
using ContentApi.Media;
using ContentApi.Paging;
using Dapper;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Every kind of write, through the write repositories and the one write path (<see cref="ContentWriter"/>), on SQLite
/// (<see cref="SqliteWriteRepositoryTests"/>) and on PostgreSQL (<see cref="PostgreSqlWriteRepositoryTests"/>): each one
/// stores what it says and moves the content version, so every cached representation is built again.
/// <see cref="EngineWriteParityTests"/> runs them all on both engines and compares the rows they leave.
/// </summary>
public abstract class WriteRepositoryTests : IAsyncLifetime, IDisposable
{
    private EngineDatabase? _database;
    private WriteServices? _services;

    private WriteServices Services => _services!;

    public async Task InitializeAsync()
    {
        _database = await OpenSeededAsync();
        _services = new WriteServices(_database.Connections);
    }

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    public void Dispose()
    {
        _services?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<EngineDatabase> OpenSeededAsync();

    /// <summary>The new article's section documents in a search index (both engines name its columns alike), spaces folded.</summary>
    private async Task<List<string>> SectionDocumentsAsync(string index)
    {
        await using var connection = await Services.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string Title, string Body)>(
            $"SELECT title, body FROM {index} WHERE type = 'section' AND article_slug = @Slug;", new { Slug = WriteScript.Slug });
        return [.. rows.Select(row => $"{row.Title}: {string.Join(' ', row.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries))}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task CreatingAnArticleStoresItsBodyAndRevisionOneAndMovesTheContentVersion()
    {
        var before = await Services.ContentVersionAsync();

        var created = Assert.IsType<WriteOutcome.Written>(await WriteScript.CreateAsync(Services));

        Assert.True(await Services.ContentVersionAsync() > before);
        var stored = (await Services.Articles.FindAsync(WriteScript.Slug, default))!;
        Assert.Equal(JsonSerializer.Serialize(created.Article), JsonSerializer.Serialize(stored));
        Assert.Equal(["intro", "dosing"], stored.Article.Sections.Select(section => section.Key));
        Assert.Equal(["a", "b"], Assert.IsType<ListBlock>(stored.Article.Sections[1].Blocks[1]).Items);
        Assert.Equal(["ODS"], stored.Article.Sources);
        var revisions = (await Services.Articles.ListRevisionsAsync(WriteScript.Slug, new PagingQuery(), default))!;
        Assert.Equal("Created.", Assert.Single(revisions.Rows).Summary);
    }

    [Fact]
    public async Task ATakenSlugIsRefusedAndWritesNothing()
    {
        await WriteScript.CreateAsync(Services);
        var before = await Services.ContentVersionAsync();

        var refused = Assert.IsType<WriteOutcome.Refused>(await WriteScript.CreateAsync(Services));

        Assert.Equal(409, refused.Problem!.StatusCode);
        Assert.Equal(before, await Services.ContentVersionAsync());
    }

    [Fact]
    public async Task MetadataSectionAndBlockChangesEachMakeANewVersionAndRevision()
    {
        await WriteScript.CreateAsync(Services);
        var versions = new List<long> { await Services.ContentVersionAsync() };

        foreach (var step in new[] { WriteScript.ChangeMetadataAsync, WriteScript.ChangeOneBlockAsync, WriteScript.AddAndReorderSectionsAsync })
        {
            Assert.IsType<WriteOutcome.Written>(await step(Services));
            versions.Add(await Services.ContentVersionAsync());
        }

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        var stored = (await Services.Articles.FindAsync(WriteScript.Slug, default))!.Article;
        Assert.Equal("A changed title", stored.Title);
        Assert.Equal(4, stored.Version);
        Assert.Equal(["safety", "dosing", "intro"], stored.Sections.Select(section => section.Key));
        Assert.Equal("Take it with food.", Assert.IsType<ParagraphBlock>(stored.Sections[1].Blocks[0]).Text);
        var revisions = (await Services.Articles.ListRevisionsAsync(WriteScript.Slug, new PagingQuery(), default))!;
        Assert.Equal([1, 2, 3, 4], revisions.Rows.Select(row => row.Number));
        var second = (await Services.Articles.FindRevisionAsync(WriteScript.Slug, 2, default))!;
        Assert.Equal("A changed title", second.Snapshot.Title);
    }

    [Fact]
    public async Task ABodyWriteReindexesTheSectionsItWroteOnceAndAPublicationMovesThemToThePublicIndex()
    {
        await WriteScript.CreateAsync(Services);
        await WriteScript.ChangeOneBlockAsync(Services);
        var draft = await SectionDocumentsAsync("draft_search_index");
        await WriteScript.PublishAsync(Services);

        Assert.Equal(["Dosing: Take it with food. Forms: a b", "Introduction: Magnesium is a mineral."], draft);
        Assert.Empty(await SectionDocumentsAsync("draft_search_index"));
        Assert.Equal(draft, await SectionDocumentsAsync("search_index"));
    }

    [Fact]
    public async Task CollectionsAndCitationsAreStoredWithNewIdsAndKeepTheirIdsWhenChangedAgain()
    {
        await WriteScript.CreateAsync(Services);
        var before = await Services.ContentVersionAsync();

        Assert.IsType<WriteOutcome.Written>(await WriteScript.AddCollectionsAsync(Services));
        var first = (await Services.Articles.FindAsync(WriteScript.Slug, default))!.Article;
        Assert.IsType<WriteOutcome.Written>(await WriteScript.ChangeCollectionsAsync(Services));
        var second = (await Services.Articles.FindAsync(WriteScript.Slug, default))!.Article;

        Assert.True(await Services.ContentVersionAsync() > before);
        Assert.All([first.Foods[0].Id, first.DoseRanges[0].Id, first.Interactions[0].Id, first.SideEffects[0].Id, first.Remedies[0].Id], id => Assert.True(id > 0));
        Assert.Equal(first.Foods[0].Id, second.Foods[0].Id);
        Assert.Equal(301, second.Foods[0].AmountMg);
        Assert.True(second.Interactions[0].DoseCaution);
        Assert.Equal(["Zoledronic acid"], second.Interactions[0].Examples);
        Assert.Equal([new EditableAlias("Reclast", "brand")], second.Interactions[0].Aliases);
        Assert.Equal(["Melatonin", "Valerian"], second.Remedies[0].Examples);
        Assert.Empty(second.SideEffects);
        Assert.Equal(["ODS", "ODS-C"], second.Sources);
        Assert.Equal([new EditableRelated("magnesium-for-restless-legs", "Restless legs", null)], second.Related);
        Assert.True(await Services.Articles.SourceExistsAsync("ODS-C", default));
        Assert.False(await Services.Articles.SourceExistsAsync("ods-c", default));
    }

    [Fact]
    public async Task PublishingScheduledAndDeletingAreWritesToo()
    {
        await WriteScript.CreateAsync(Services);

        Assert.IsType<WriteOutcome.Written>(await WriteScript.ScheduleAsync(Services));
        var due = await Services.Articles.ListDueSchedulesAsync(WriteServices.Now.AddDays(2), default);
        var next = await Services.Articles.NextScheduleAsync(default);
        var beforePublishing = await Services.ContentVersionAsync();
        Assert.IsType<WriteOutcome.Written>(await WriteScript.PublishAsync(Services));
        var published = (await Services.Articles.FindAsync(WriteScript.Slug, default))!.Article;
        var beforeDeleting = await Services.ContentVersionAsync();
        Assert.IsType<WriteOutcome.Deleted>(await WriteScript.DeleteAsync(Services));

        Assert.Equal(WriteScript.Slug, Assert.Single(due).Slug);
        Assert.Equal(WriteScript.ScheduledAt, next);
        Assert.Equal("published", published.Status);
        Assert.Null(published.ScheduledAt);
        Assert.Empty(await Services.Articles.ListDueSchedulesAsync(WriteServices.Now.AddDays(2), default));
        Assert.True(await Services.ContentVersionAsync() > beforeDeleting && beforeDeleting > beforePublishing);
        Assert.Null(await Services.Articles.FindAsync(WriteScript.Slug, default));
    }

    [Fact]
    public async Task AStaleIfMatchIsAPreconditionFailureAndAMissingOneIsRequired()
    {
        await WriteScript.CreateAsync(Services);
        var tag = (await Services.Articles.FindAsync(WriteScript.Slug, default))!.ETag;
        await WriteScript.ChangeMetadataAsync(Services);

        var stale = Assert.IsType<WriteOutcome.Refused>(await Services.Articles.ChangeAsync(WriteScript.Slug, tag,
            current => new ArticleChange.Replace(current with { Title = "Lost" }, "Edited."), WriteScript.Author, default));
        var missing = Assert.IsType<WriteOutcome.Refused>(await Services.Articles.ChangeAsync(WriteScript.Slug, default,
            current => new ArticleChange.Replace(current with { Title = "Lost" }, "Edited."), WriteScript.Author, default));

        Assert.Equal(412, stale.Problem!.StatusCode);
        Assert.Equal(428, missing.Problem!.StatusCode);
    }

    [Fact]
    public async Task SourcesAreCreatedChangedAndDeletedUnlessCited()
    {
        var before = await Services.ContentVersionAsync();

        var (created, changed, cited, deleted) = await WriteScript.SourceWritesAsync(Services);

        Assert.Equal(1, created.Source.Source.Version);
        Assert.Equal(2, changed.Source.Source.Version);
        Assert.Equal("A new publisher", changed.Source.Source.Publisher);
        Assert.Equal(409, Assert.IsType<SourceOutcome.Refused>(cited).Problem!.StatusCode);
        Assert.IsType<SourceOutcome.Deleted>(deleted);
        Assert.Null(await Services.Sources.FindAsync(created.Source.Source.Id, default));
        Assert.True(await Services.ContentVersionAsync() > before);
    }

    [Fact]
    public async Task CommentsArePostedModeratedErasedAndTheirClientHashesPurged()
    {
        var before = await Services.ContentVersionAsync();

        var (posted, reply, approved, erased) = await WriteScript.CommentWritesAsync(Services);
        var afterWrites = await Services.ContentVersionAsync();
        var purged = await Services.Comments.PurgeClientHashesAsync(WriteServices.Now.AddDays(1), default);

        Assert.Equal("pending", posted.Comment.Status);
        Assert.Equal(posted.Comment.Id, reply.Comment.ParentId);
        Assert.Equal("approved", approved.Comment!.Status);
        Assert.Equal(new ErasureResponse(1, 1), erased);
        Assert.True(afterWrites > before);
        Assert.Equal(1, purged);
        Assert.Equal(afterWrites, await Services.ContentVersionAsync());
    }

    [Fact]
    public async Task ApprovedThreadsAndTheModerationQueueReadBackWhatWasWritten()
    {
        var comments = Services.Comments;
        var thread = Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(WriteScript.Comment("A thread.", "t1"), new CommentOptions(), default));
        await comments.SetStatusAsync(thread.Comment.Id, CommentStatus.Approved, default);
        var reply = Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(
            WriteScript.Comment("A reply.", "t2") with { ParentId = thread.Comment.Id, ClientHash = WriteScript.ClientHash(5) }, new CommentOptions(), default));
        await comments.PostAsync(WriteScript.Comment("Still pending.", "t3") with { ClientHash = WriteScript.ClientHash(6) }, new CommentOptions(), default);
        await comments.SetStatusAsync(reply.Comment.Id, CommentStatus.Approved, default);

        var page = (await comments.ListApprovedAsync("magnesium-for-restless-legs", new PagingQuery(), default))!;
        var pending = await comments.ListByStatusAsync(CommentStatus.Pending, new PagingQuery(), default);

        var listed = Assert.Single(page.Items);
        Assert.Equal((thread.Comment.Id, "A thread.", WriteServices.Now), (listed.Id, listed.Body, listed.CreatedAt));
        Assert.Equal(reply.Comment.Id, Assert.Single(listed.Replies).Id);
        Assert.Equal(1, page.TotalItems);
        Assert.Equal(("Still pending.", "ann@example.org"), (Assert.Single(pending.Items).Body, pending.Items[0].Email));
        Assert.Equal(1L, await comments.PublishedArticleIdAsync("magnesium-for-restless-legs", default));
        Assert.Null(await comments.ListApprovedAsync(WriteScript.Slug, new PagingQuery(), default));
    }

    [Fact]
    public async Task ATooEagerClientAndADuplicateAreRefused()
    {
        var comments = Services.Comments;
        var options = new CommentOptions { PostsPerClient = 1 };

        Assert.IsType<PostOutcome.Posted>(await comments.PostAsync(WriteScript.Comment("First.", "t1"), options, default));
        var tooMany = await comments.PostAsync(WriteScript.Comment("Second.", "t2"), options, default);
        var duplicate = await comments.PostAsync(WriteScript.Comment("First.", "t3") with { ClientHash = WriteScript.ClientHash(9) }, new CommentOptions(), default);
        var tokenUsed = await comments.PostAsync(WriteScript.Comment("Third.", "t1") with { ClientHash = WriteScript.ClientHash(9) }, new CommentOptions(), default);

        Assert.IsType<PostOutcome.TooMany>(tooMany);
        Assert.IsType<PostOutcome.Duplicate>(duplicate);
        Assert.IsType<PostOutcome.TokenUsed>(tokenUsed);
    }

    [Fact]
    public async Task MediaRowsAreCreatedListedRefusedWhileUsedAndDeleted()
    {
        var (row, busy) = await WriteScript.InsertImageAsync(Services);
        Assert.Null(busy);
        var listed = await Services.Media.ListAsync(new PagingQuery(), default);
        await Services.Articles.CreateAsync("with-hero", WriteScript.Document("with-hero") with { HeroImageId = row!.Id }, false, WriteScript.Author, default);

        var filesDeleted = new List<string>();
        var inUse = await Services.Media.DeleteAsync(row.Id, image => filesDeleted.Add(image.Sha256), default);
        await Services.Articles.ChangeAsync("with-hero", "*", current => new ArticleChange.Delete(), WriteScript.Author, default);
        var deleted = await Services.Media.DeleteAsync(row.Id, image => filesDeleted.Add(image.Sha256), default);

        Assert.Equal(row.Id, Assert.Single(listed.Rows).Id);
        Assert.Equal(["with-hero"], Assert.IsType<MediaDeletion.InUse>(inUse).Slugs);
        Assert.True(Assert.IsType<MediaDeletion.Deleted>(deleted).FileUnused);
        Assert.Equal([row.Sha256], filesDeleted);
        Assert.Null(await Services.Media.FindAsync(row.Id, default));
    }

    [Fact]
    public async Task KeysAreIssuedFoundForAuthenticationMarkedUsedAndRevokedOnce()
    {
        var (taken, found, revoked, again) = await WriteScript.KeyWritesAsync(Services);

        Assert.False(taken);
        Assert.Equal(WriteScript.KeyHash, found!.KeyHash);
        Assert.Equal(WriteServices.Now.AddMinutes(1), found.Key.LastUsedAt);
        Assert.False(revoked!.AlreadyRevoked);
        Assert.True(again!.AlreadyRevoked);
        Assert.Equal(revoked.Key.RevokedAt, again.Key.RevokedAt);
        Assert.Null(await Services.Keys.RevokeAsync("nosuchkey0", WriteServices.Now, default));
    }
}

public sealed class SqliteWriteRepositoryTests : WriteRepositoryTests
{
    protected override Task<EngineDatabase> OpenSeededAsync() => EngineDatabase.SqliteAsync();
}

[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlWriteRepositoryTests(ThrowawayCluster cluster) : WriteRepositoryTests
{
    protected override Task<EngineDatabase> OpenSeededAsync() => EngineDatabase.PostgreSqlAsync(cluster);
}
