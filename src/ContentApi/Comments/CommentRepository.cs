using System.Data.Common;
using ContentApi.Database;
using ContentApi.Editing;
using ContentApi.Paging;
using Dapper;

namespace ContentApi.Comments;

/// <summary>
/// A comment to store, checked and classified by the endpoint: its status, why a defence held it, and the status its
/// poster is told (a comment the honeypot caught is told what a clean one would be: "accepted in appearance").
/// </summary>
internal sealed record NewComment(
    string Slug, string AuthorName, string Email, string? Website, string Body, long? ParentId, string Status, string? HeldFor, string ShownStatus, byte[] ClientHash,
    string FormToken);

/// <summary>How a post ended.</summary>
internal abstract record PostOutcome
{
    private PostOutcome()
    {
    }

    public sealed record Posted(PostedCommentResponse Comment) : PostOutcome;

    public sealed record NoArticle : PostOutcome;

    /// <summary>The parent is not an approved comment of this article, or is itself a reply.</summary>
    public sealed record BadParent(string Reason) : PostOutcome;

    public sealed record TooMany(int RetryAfterSeconds) : PostOutcome;

    public sealed record Duplicate : PostOutcome;

    /// <summary>The form token carried a comment already.</summary>
    public sealed record TokenUsed : PostOutcome;

    public sealed record Busy(EditProblem Problem) : PostOutcome;
}

/// <summary>How a moderation write ended: the comment after it, none, or the store busy.</summary>
internal sealed record ModerationOutcome(ModeratedCommentResponse? Comment, bool Found, EditProblem? Busy = null);

internal interface ICommentRepository
{
    /// <summary>The published article's id, or null.</summary>
    Task<long?> PublishedArticleIdAsync(string slug, CancellationToken cancellationToken);

    /// <summary>One page of the published article's approved threads with their replies; null when there is no such article.</summary>
    Task<PagedResponse<CommentResponse>?> ListApprovedAsync(string slug, PagingQuery paging, CancellationToken cancellationToken);

    /// <summary>Under the write lock: the per-client limit, the parent, duplicates, then the insert.</summary>
    Task<PostOutcome> PostAsync(NewComment comment, CommentOptions options, CancellationToken cancellationToken);

    Task<PagedResponse<ModeratedCommentResponse>> ListByStatusAsync(string status, PagingQuery paging, CancellationToken cancellationToken);

    Task<ModerationOutcome> SetStatusAsync(long id, string status, CancellationToken cancellationToken);

    Task<ModerationOutcome> DeleteAsync(long id, CancellationToken cancellationToken);

    /// <summary>Deletes every comment of the address (and the replies under them); null when the store was busy.</summary>
    Task<(ErasureResponse? Erased, EditProblem? Busy)> EraseAsync(string email, CancellationToken cancellationToken);

    /// <summary>Forgets the client hashes of comments posted before <paramref name="before"/>; how many were forgotten.</summary>
    Task<int> PurgeClientHashesAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

internal sealed class CommentRepository(IContentConnections connections, ContentWriter writer) : ICommentRepository
{
    public async Task<long?> PublishedArticleIdAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(CommentSql.PublishedArticle, new { Slug = slug }, cancellationToken: cancellationToken));
    }

    public async Task<PagedResponse<CommentResponse>?> ListApprovedAsync(string slug, PagingQuery paging, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(CommentSql.PublishedArticle, new { Slug = slug }, cancellationToken: cancellationToken)) is not { } articleId)
        {
            return null;
        }

        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            CommentSql.ThreadPage, new { ArticleId = articleId, Limit = paging.Size, paging.Offset }, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var threads = (await results.ReadAsync<CommentRow>()).AsList();
        var replies = (await results.ReadAsync<CommentRow>()).ToLookup(reply => reply.ParentId);
        var items = threads.Select(thread => thread.ToResponse(replies[thread.Id].Select(reply => reply.ToResponse([])).ToList())).ToList();
        return new PagedResponse<CommentResponse>(items, paging.PageNumber, paging.Size, total, (int)Math.Ceiling(total / (double)paging.Size));
    }

    public Task<PostOutcome> PostAsync(NewComment comment, CommentOptions options, CancellationToken cancellationToken) =>
        writer.WriteAsync<PostOutcome>(async (connection, now) =>
        {
            if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(CommentSql.PublishedArticle, new { comment.Slug }, cancellationToken: cancellationToken)) is not { } articleId)
            {
                return new PostOutcome.NoArticle();
            }

            var window = TimeSpan.FromMinutes(options.ClientWindowMinutes);
            var recent = await connection.QuerySingleAsync<RecentRow>(new CommandDefinition(
                CommentSql.ClientRecent, new { comment.ClientHash, Since = now - window }, cancellationToken: cancellationToken));
            if (recent.Count >= options.PostsPerClient)
            {
                // The client may post again when its oldest comment in the window leaves it.
                var free = Timestamps.Parse(recent.Oldest!) + window - now;
                return new PostOutcome.TooMany(Math.Max(1, (int)Math.Ceiling(free.TotalSeconds)));
            }

            if (comment.ParentId is { } parentId && await ParentFaultAsync(connection, articleId, parentId, cancellationToken) is { } fault)
            {
                return new PostOutcome.BadParent(fault);
            }

            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(CommentSql.TokenUsed, new { comment.FormToken }, cancellationToken: cancellationToken)))
            {
                return new PostOutcome.TokenUsed();
            }

            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    CommentSql.Duplicate, new { comment.Email, comment.Body, Since = now.AddDays(-1) }, cancellationToken: cancellationToken)))
            {
                return new PostOutcome.Duplicate();
            }

            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CommentSql.Insert, new
            {
                ArticleId = articleId, comment.ParentId, comment.AuthorName, comment.Website, comment.Body, comment.Status, comment.HeldFor, Now = now, comment.ClientHash,
                comment.FormToken,
            }, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(CommentSql.InsertEmail, new { Id = id, comment.Email }, cancellationToken: cancellationToken));
            return new PostOutcome.Posted(new PostedCommentResponse(id, comment.AuthorName, comment.Website, comment.Body, now, comment.ParentId, comment.ShownStatus));
        }, outcome => outcome is PostOutcome.Posted, busy => new PostOutcome.Busy(busy), cancellationToken);

    public async Task<PagedResponse<ModeratedCommentResponse>> ListByStatusAsync(string status, PagingQuery paging, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            CommentSql.ModerationPage, new { Status = status, Limit = paging.Size, paging.Offset }, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var items = (await results.ReadAsync<ModeratedRow>()).Select(row => row.ToResponse()).ToList();
        return new PagedResponse<ModeratedCommentResponse>(items, paging.PageNumber, paging.Size, total, (int)Math.Ceiling(total / (double)paging.Size));
    }

    public Task<ModerationOutcome> SetStatusAsync(long id, string status, CancellationToken cancellationToken) =>
        writer.WriteAsync(async (connection, now) =>
        {
            // Setting the status it has already changes nothing (no new moderation time, no new content version).
            await connection.ExecuteAsync(new CommandDefinition(CommentSql.SetStatus, new { Id = id, Status = status, Now = now }, cancellationToken: cancellationToken));
            var after = await ReadModeratedAsync(connection, id, cancellationToken);
            return new ModerationOutcome(after, after is not null);
        }, outcome => outcome.Found, busy => new ModerationOutcome(null, false, busy), cancellationToken);

    public Task<ModerationOutcome> DeleteAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(async (connection, _) =>
        {
            var deleted = await connection.ExecuteAsync(new CommandDefinition(CommentSql.Delete, new { Id = id }, cancellationToken: cancellationToken));
            return new ModerationOutcome(null, deleted > 0);
        }, outcome => outcome.Found, busy => new ModerationOutcome(null, false, busy), cancellationToken);

    public Task<(ErasureResponse? Erased, EditProblem? Busy)> EraseAsync(string email, CancellationToken cancellationToken) =>
        writer.WriteAsync<(ErasureResponse?, EditProblem?)>(async (connection, _) =>
        {
            var counts = await connection.QuerySingleAsync<ErasureCountRow>(new CommandDefinition(CommentSql.ErasureCounts, new { Email = email }, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(CommentSql.Erase, new { Email = email }, cancellationToken: cancellationToken));
            return (new ErasureResponse(counts.Comments, counts.Replies), null);
        }, outcome => outcome.Item1 is not null, busy => (null, busy), cancellationToken);

    public async Task<int> PurgeClientHashesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Changes nothing public (no scope is stamped), so it needs no write gate's ordering; one statement is its own transaction.
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(CommentSql.PurgeClientHashes, new { Before = before }, cancellationToken: cancellationToken));
    }

    private static async Task<string?> ParentFaultAsync(DbConnection connection, long articleId, long parentId, CancellationToken cancellationToken)
    {
        var parent = await connection.QuerySingleOrDefaultAsync<ParentRow>(new CommandDefinition(
            CommentSql.Parent, new { Id = parentId, ArticleId = articleId }, cancellationToken: cancellationToken));
        return parent switch
        {
            null or { Status: not CommentStatus.Approved } => $"'parentId': no approved comment {parentId} is under this article.",
            { ParentId: not null } => $"'parentId': comment {parentId} is a reply, and replies are one level deep; reply to comment {parent.ParentId} instead.",
            _ => null,
        };
    }

    private static async Task<ModeratedCommentResponse?> ReadModeratedAsync(DbConnection connection, long id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<ModeratedRow>(new CommandDefinition(CommentSql.Moderated, new { Id = id }, cancellationToken: cancellationToken)))?.ToResponse();

    private sealed class CommentRow
    {
        public long Id { get; set; }
        public string AuthorName { get; set; } = "";
        public string? Website { get; set; }
        public string Body { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public long? ParentId { get; set; }

        public CommentResponse ToResponse(IReadOnlyList<CommentResponse> replies) => new(Id, AuthorName, Website, Body, CreatedAt, ParentId, replies);
    }

    private sealed class ModeratedRow
    {
        public long Id { get; set; }
        public string ArticleSlug { get; set; } = "";
        public long? ParentId { get; set; }
        public string AuthorName { get; set; } = "";
        public string Email { get; set; } = "";
        public string? Website { get; set; }
        public string Body { get; set; } = "";
        public string Status { get; set; } = "";
        public string? HeldFor { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? ModeratedAt { get; set; }

        public ModeratedCommentResponse ToResponse() => new(Id, ArticleSlug, ParentId, AuthorName, Email, Website, Body, Status, HeldFor, CreatedAt, ModeratedAt);
    }

    private sealed class RecentRow
    {
        public int Count { get; set; }
        public string? Oldest { get; set; }
    }

    private sealed class ParentRow
    {
        public long? ParentId { get; set; }
        public string Status { get; set; } = "";
    }

    private sealed class ErasureCountRow
    {
        public int Comments { get; set; }
        public int Replies { get; set; }
    }
}
