using System.ComponentModel.DataAnnotations;

namespace ContentApi.Comments;

/// <summary>
/// An approved comment as anyone may read it. Nothing else of its author is here: never the e-mail address, a hash of
/// it, the client address or the user agent.
/// </summary>
/// <param name="Id">The comment's id.</param>
/// <param name="AuthorName">The name the author gave.</param>
/// <param name="Website">The author's website, an absolute http(s) URL, or null.</param>
/// <param name="Body">Plain text, as written: render it as text (no HTML or markup is interpreted, ever).</param>
/// <param name="CreatedAt">When it was posted (UTC).</param>
/// <param name="ParentId">The comment it replies to, or null for a comment on the article.</param>
/// <param name="Replies">Its approved replies, oldest first (a reply has none: replies are one level deep).</param>
public sealed record CommentResponse(
    long Id, string AuthorName, string? Website, string Body, DateTimeOffset CreatedAt, long? ParentId, IReadOnlyList<CommentResponse> Replies);

/// <summary>The comment just posted, as it will be shown once approved, with its status.</summary>
/// <param name="Id">The comment's id.</param>
/// <param name="AuthorName">The name the author gave.</param>
/// <param name="Website">The author's website, or null.</param>
/// <param name="Body">Plain text, as written.</param>
/// <param name="CreatedAt">When it was posted (UTC).</param>
/// <param name="ParentId">The comment it replies to, or null.</param>
/// <param name="Status">pending: it waits for a moderator; approved: it is public (only when Comments:ApprovalRequired is false).</param>
public sealed record PostedCommentResponse(
    long Id, string AuthorName, string? Website, string Body, DateTimeOffset CreatedAt, long? ParentId,
    [property: AllowedValues(CommentStatus.Pending, CommentStatus.Approved)] string Status);

/// <summary>A comment as a moderator sees it: with its author's e-mail address (for contact and erasure requests) and its status.</summary>
/// <param name="Id">The comment's id.</param>
/// <param name="ArticleSlug">The article it is under.</param>
/// <param name="ParentId">The comment it replies to, or null.</param>
/// <param name="AuthorName">The name the author gave.</param>
/// <param name="Email">The address the author gave (never public).</param>
/// <param name="Website">The author's website, or null.</param>
/// <param name="Body">Plain text, as written.</param>
/// <param name="Status">Where it stands; only approved comments are public.</param>
/// <param name="HeldFor">Why a defence set it aside: links (more than Comments:MaxLinks) or honeypot; null otherwise.</param>
/// <param name="CreatedAt">When it was posted (UTC).</param>
/// <param name="ModeratedAt">When a moderator last set its status (UTC), or null.</param>
public sealed record ModeratedCommentResponse(
    long Id, string ArticleSlug, long? ParentId, string AuthorName, string Email, string? Website, string Body,
    [property: CommentStatusValues] string Status, string? HeldFor, DateTimeOffset CreatedAt, DateTimeOffset? ModeratedAt);

/// <summary>A form token: send it back as <c>formToken</c> with the comment.</summary>
/// <param name="Token">The signed token.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="UsableFrom">The earliest a comment carrying it is taken (Comments:MinimumSecondsBeforePost after its issue).</param>
/// <param name="ExpiresAt">After this it is refused; fetch a new one.</param>
public sealed record FormTokenResponse(string Token, DateTimeOffset IssuedAt, DateTimeOffset UsableFrom, DateTimeOffset ExpiresAt);

/// <summary>What an erasure removed.</summary>
/// <param name="CommentsErased">The address's own comments, whatever their status, with the address itself and their client hashes.</param>
/// <param name="RepliesErased">Other people's replies to those comments, which went with them (a reply to nothing cannot be shown).</param>
public sealed record ErasureResponse(int CommentsErased, int RepliesErased);
