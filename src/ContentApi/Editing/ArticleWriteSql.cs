using ContentApi.Database;

namespace ContentApi.Editing;

/// <summary>
/// SQL of the write API. Reads take any status (editors see drafts); every statement names its columns. The few that
/// PostgreSQL needs written otherwise take the dialect; each SQLite text is the one it always was.
/// </summary>
internal static class ArticleWriteSql
{
    public const string Aggregate = """
        SELECT id AS Id, slug AS Slug, title AS Title, summary AS Summary, category AS Category, disclaimer AS Disclaimer,
               last_reviewed_at AS LastReviewedAt, next_review_at AS NextReviewAt, status AS Status, published_at AS PublishedAt,
               (SELECT publish_at FROM article_schedules WHERE article_id = articles.id) AS ScheduledAt, version AS Version,
               hero_media_id AS HeroImageId
        FROM articles WHERE slug = @Slug;
        SELECT sec.id AS Id, sec.anchor_key AS Key, sec.position AS Position, sec.heading AS Heading
        FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.slug = @Slug ORDER BY sec.position;
        SELECT b.id AS Id, b.section_id AS SectionId, b.kind AS Kind, b.text AS Text, b.list_style AS ListStyle, s.key AS SourceKey
        FROM blocks b JOIN sections sec ON sec.id = b.section_id JOIN articles a ON a.id = sec.article_id
        LEFT JOIN sources s ON s.id = b.source_id
        WHERE a.slug = @Slug ORDER BY sec.position, b.position;
        SELECT i.block_id AS BlockId, i.text AS Text
        FROM block_items i JOIN blocks b ON b.id = i.block_id JOIN sections sec ON sec.id = b.section_id JOIN articles a ON a.id = sec.article_id
        WHERE a.slug = @Slug ORDER BY i.block_id, i.position;
        """ + CollectionWriteSql.DoseRanges + CollectionWriteSql.Foods + CollectionWriteSql.Interactions + CollectionWriteSql.SideEffects + CollectionWriteSql.Remedies
        + CollectionWriteSql.Sources + CollectionWriteSql.Related;

    // The hero_image_* columns are required by the first schema but no longer read: the hero image is hero_media_id
    // (migration 0017), and a new article gets empty placeholders in the old ones.
    /// <summary>
    /// A new article never takes the id of a deleted one (SQLite would reuse the highest): its revisions, which outlive it,
    /// and its version ETags ("article-{id}-v{n}") would then belong to the newcomer too.
    /// </summary>
    public const string InsertArticle = """
        INSERT INTO articles (id, slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                              status, published_at, updated_at, last_reviewed_at, next_review_at, disclaimer, version, hero_media_id)
        VALUES ((SELECT max(used) + 1 FROM (SELECT coalesce(max(id), 0) AS used FROM articles
                                            UNION ALL SELECT coalesce(max(article_id), 0) FROM article_revisions)),
                @Slug, @Title, @Summary, @Category, '', '', 1, 1, 'draft', NULL, @Now, @LastReviewedAt, @NextReviewAt, @Disclaimer, 1, @HeroImageId)
        RETURNING id;
        """;

    /// <summary>
    /// PostgreSQL wants the derived table named. The id is chosen, not drawn from the identity sequence, so the sequence
    /// is moved past it: a row an operator inserts without an id must not be handed the same one.
    /// </summary>
    private const string PostgreSqlInsertArticle = """
        INSERT INTO articles (id, slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                              status, published_at, updated_at, last_reviewed_at, next_review_at, disclaimer, version, hero_media_id)
        VALUES ((SELECT max(used) + 1 FROM (SELECT coalesce(max(id), 0) AS used FROM articles
                                            UNION ALL SELECT coalesce(max(article_id), 0) FROM article_revisions) AS ids),
                @Slug, @Title, @Summary, @Category, '', '', 1, 1, 'draft', NULL, @Now, @LastReviewedAt, @NextReviewAt, @Disclaimer, 1, @HeroImageId)
        RETURNING id;
        SELECT setval(pg_get_serial_sequence('articles', 'id'), max(id)) FROM articles;
        """;

    public static string InsertArticleIn(SqlDialect dialect) => dialect == SqlDialect.Sqlite ? InsertArticle : PostgreSqlInsertArticle;

    public const string UpdateArticle = """
        UPDATE articles SET title = @Title, summary = @Summary, category = @Category, disclaimer = @Disclaimer,
               last_reviewed_at = @LastReviewedAt, next_review_at = @NextReviewAt, status = @Status, published_at = @PublishedAt,
               hero_media_id = @HeroImageId, updated_at = @Now, version = version + 1
        WHERE id = @Id;
        """;

    public const string DeleteArticle = "DELETE FROM articles WHERE id = @Id;";

    public const string DeleteSections = "DELETE FROM sections WHERE article_id = @ArticleId;";

    public const string DeleteSectionsAfter = "DELETE FROM sections WHERE article_id = @ArticleId AND position > @Position;";

    public const string SectionAt = "SELECT id FROM sections WHERE article_id = @ArticleId AND position = @Position;";

    public const string UpdateSectionAt = """
        UPDATE sections SET anchor_key = @Key, heading = @Heading WHERE article_id = @ArticleId AND position = @Position RETURNING id;
        """;

    public const string DeleteBlocksOf = "DELETE FROM blocks WHERE section_id = @SectionId;";

    public const string InsertSection = """
        INSERT INTO sections (article_id, position, anchor_key, heading) VALUES (@ArticleId, @Position, @Key, @Heading) RETURNING id;
        """;

    public const string InsertBlock = """
        INSERT INTO blocks (section_id, position, kind, text, list_style, source_id)
        VALUES (@SectionId, @Position, @Kind, @Text, @ListStyle, (SELECT id FROM sources WHERE key = @SourceKey)) RETURNING id;
        """;

    public const string InsertBlockItem = "INSERT INTO block_items (block_id, position, text) VALUES (@BlockId, @Position, @Text);";

    public const string Unschedule = "DELETE FROM article_schedules WHERE article_id = @ArticleId;";

    public const string Schedule = """
        INSERT INTO article_schedules (article_id, publish_at, key_id, key_name) VALUES (@ArticleId, @PublishAt, @KeyId, @KeyName);
        """;

    /// <summary>The drafts whose time has come, oldest first, with the key that scheduled each.</summary>
    public const string DueSchedules = """
        SELECT a.slug AS Slug, s.key_id AS KeyId, s.key_name AS KeyName
        FROM article_schedules s JOIN articles a ON a.id = s.article_id
        WHERE s.publish_at <= @Now ORDER BY s.publish_at, a.id;
        """;

    public const string NextSchedule = "SELECT min(publish_at) FROM article_schedules;";

    public const string KnownSourceKeys = "SELECT key FROM sources WHERE key IN @Keys ORDER BY key;";

    private const string PostgreSqlKnownSourceKeys = "SELECT key FROM sources WHERE key = ANY(@Keys) ORDER BY key;";

    public static string KnownSourceKeysIn(SqlDialect dialect) => dialect == SqlDialect.Sqlite ? KnownSourceKeys : PostgreSqlKnownSourceKeys;

    public const string MediaExists = "SELECT EXISTS (SELECT 1 FROM media WHERE id = @Id);";

    public const string SlugTaken = "SELECT count(*) FROM articles WHERE slug = @Slug;";

    public const string HasRevisions = "SELECT EXISTS (SELECT 1 FROM article_revisions WHERE article_id = @ArticleId);";

    public const string InsertRevision = """
        INSERT INTO article_revisions (article_id, number, created_at, key_id, key_name, summary, snapshot)
        SELECT @ArticleId, coalesce(max(number), 0) + 1, @Now, @KeyId, @KeyName, @Summary, @Snapshot
        FROM article_revisions WHERE article_id = @ArticleId
        RETURNING number;
        """;

    /// <summary>A revision in a list (no snapshot), from <c>article_revisions r</c>; pages are ordered by number.</summary>
    public const string RevisionColumns = "r.number AS Number, r.created_at AS CreatedAt, r.key_name AS KeyName, r.summary AS Summary";

    public const string FindRevision = """
        SELECT r.number AS Number, r.created_at AS CreatedAt, r.key_name AS KeyName, r.summary AS Summary, r.snapshot AS Snapshot
        FROM article_revisions r JOIN articles a ON a.id = r.article_id WHERE a.slug = @Slug AND r.number = @Number;
        """;
}
