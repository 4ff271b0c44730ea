namespace ContentApi.Comments;

/// <summary>SQL of comments; every statement names its columns. No public statement reads comment_emails or client_hash.</summary>
internal static class CommentSql
{
    public const string PublishedArticle = "SELECT id FROM articles WHERE slug = @Slug AND status = 'published';";

    /// <summary>
    /// What the public sees: approved comments on the article, and of replies only those whose parent is approved too
    /// (a reply to a hidden comment has nothing to hang under). The article's count uses the same condition.
    /// </summary>
    public const string Visible = "c.status = 'approved' AND (c.parent_id IS NULL OR (SELECT p.status FROM comments p WHERE p.id = c.parent_id) = 'approved')";

    /// <summary>An article's approved comment count, as the article shows it (<c>a</c> is the article).</summary>
    public const string ApprovedCount = $"(SELECT count(*) FROM comments c WHERE c.article_id = a.id AND {Visible})";

    private const string PublicColumns =
        "c.id AS Id, c.author_name AS AuthorName, c.website AS Website, c.body AS Body, c.created_at AS CreatedAt, c.parent_id AS ParentId";

    /// <summary>One page of an article's approved threads, oldest first, their total, and the approved replies of the page's threads, oldest first.</summary>
    public const string ThreadPage = $"""
        SELECT count(*) FROM comments c WHERE c.article_id = @ArticleId AND c.parent_id IS NULL AND c.status = 'approved';
        SELECT {PublicColumns} FROM comments c
        WHERE c.article_id = @ArticleId AND c.parent_id IS NULL AND c.status = 'approved'
        ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset;
        SELECT {PublicColumns} FROM comments c
        WHERE c.parent_id IN (SELECT t.id FROM comments t WHERE t.article_id = @ArticleId AND t.parent_id IS NULL AND t.status = 'approved'
                              ORDER BY t.created_at, t.id LIMIT @Limit OFFSET @Offset)
          AND c.status = 'approved'
        ORDER BY c.created_at, c.id;
        """;

    public const string Parent = "SELECT parent_id AS ParentId, status AS Status FROM comments WHERE id = @Id AND article_id = @ArticleId;";

    /// <summary>The client's comments in the window, and when the oldest of them was posted (when the client may post again).</summary>
    public const string ClientRecent = """
        SELECT count(*) AS Count, min(created_at) AS Oldest FROM comments WHERE client_hash = @ClientHash AND created_at > @Since;
        """;

    public const string TokenUsed = "SELECT EXISTS (SELECT 1 FROM comments WHERE form_token = @FormToken);";

    public const string Duplicate = """
        SELECT EXISTS (SELECT 1 FROM comments c JOIN comment_emails e ON e.comment_id = c.id
                       WHERE e.email = @Email AND c.body = @Body AND c.created_at > @Since);
        """;

    public const string Insert = """
        INSERT INTO comments (article_id, parent_id, author_name, website, body, status, held_for, created_at, moderated_at, client_hash, form_token)
        VALUES (@ArticleId, @ParentId, @AuthorName, @Website, @Body, @Status, @HeldFor, @Now, NULL, @ClientHash, @FormToken)
        RETURNING id;
        """;

    public const string InsertEmail = "INSERT INTO comment_emails (comment_id, email) VALUES (@Id, @Email);";

    private const string ModeratedColumns = """
        c.id AS Id, a.slug AS ArticleSlug, c.parent_id AS ParentId, c.author_name AS AuthorName, e.email AS Email, c.website AS Website,
        c.body AS Body, c.status AS Status, c.held_for AS HeldFor, c.created_at AS CreatedAt, c.moderated_at AS ModeratedAt
        """;

    private const string ModeratedFrom = "comments c JOIN articles a ON a.id = c.article_id JOIN comment_emails e ON e.comment_id = c.id";

    public const string Moderated = $"SELECT {ModeratedColumns} FROM {ModeratedFrom} WHERE c.id = @Id;";

    public const string ModerationPage = $"""
        SELECT count(*) FROM comments c WHERE c.status = @Status;
        SELECT {ModeratedColumns} FROM {ModeratedFrom} WHERE c.status = @Status ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset;
        """;

    public const string SetStatus = "UPDATE comments SET status = @Status, moderated_at = @Now WHERE id = @Id AND status <> @Status;";

    public const string Delete = "DELETE FROM comments WHERE id = @Id;";

    /// <summary>How many of the address's comments there are, and how many other people's replies hang under them.</summary>
    public const string ErasureCounts = """
        SELECT (SELECT count(*) FROM comment_emails WHERE email = @Email) AS Comments,
               (SELECT count(*) FROM comments r JOIN comment_emails re ON re.comment_id = r.id
                WHERE r.parent_id IN (SELECT comment_id FROM comment_emails WHERE email = @Email) AND re.email <> @Email) AS Replies;
        """;

    /// <summary>The address's comments; their replies, their address rows and their client hashes go with them (ON DELETE CASCADE).</summary>
    public const string Erase = "DELETE FROM comments WHERE id IN (SELECT comment_id FROM comment_emails WHERE email = @Email);";

    /// <summary>Client hashes older than the retention; the comments stay.</summary>
    public const string PurgeClientHashes = "UPDATE comments SET client_hash = NULL WHERE client_hash IS NOT NULL AND created_at < @Before;";
}
