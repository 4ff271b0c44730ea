using ContentApi.Database;

namespace ContentApi.Articles;

/// <summary>SQL for articles: the article row (list and aggregate) and the sections read. Every statement filters by <c>@Slug</c>.</summary>
internal static class ArticleSql
{
    /// <summary>
    /// An article's newest change anywhere in its aggregate: its own row or any figure it embeds. Served as
    /// <c>updatedAt</c> and used for Last-Modified. Timestamps are ISO 8601 UTC text, so max() orders them.
    /// </summary>
    public const string ContentUpdatedAt = """
        max(a.updated_at,
            coalesce((SELECT max(updated_at) FROM dose_ranges WHERE article_id = a.id), ''),
            coalesce((SELECT max(updated_at) FROM foods WHERE article_id = a.id), ''),
            coalesce((SELECT max(updated_at) FROM interactions WHERE article_id = a.id), ''),
            coalesce((SELECT max(updated_at) FROM side_effects WHERE article_id = a.id), ''),
            coalesce((SELECT max(updated_at) FROM remedies WHERE article_id = a.id), ''))
        """;

    public const string ArticleColumns = $"""
        a.id AS Id, a.slug AS Slug, a.title AS Title, a.summary AS Summary, a.category AS Category, a.status AS Status, a.published_at AS PublishedAt, {ContentUpdatedAt} AS UpdatedAt,
        a.last_reviewed_at AS LastReviewedAt, a.next_review_at AS NextReviewAt, a.disclaimer AS Disclaimer, a.version AS Version
        """;

    /// <summary>A list's columns: an article's, and when a draft is scheduled to publish (a preview lists drafts).</summary>
    public const string SummaryColumns = $"{ArticleColumns}, (SELECT s.publish_at FROM article_schedules s WHERE s.article_id = a.id) AS ScheduledAt";

    /// <summary>The hero image's columns, from <see cref="WithHeroImage"/>: all NULL when the article has none.</summary>
    public const string HeroImageColumns = "m.id AS HeroImageId, m.name AS HeroImageName, m.alt AS HeroImageAlt, m.width AS HeroImageWidth, m.height AS HeroImageHeight";

    /// <summary>The articles with their hero image's media row (at most one, by its primary key).</summary>
    public const string WithHeroImage = "articles a LEFT JOIN media m ON m.id = a.hero_media_id";

    /// <summary>Only published articles are public.</summary>
    public const string PublishedArticleId = "(SELECT id FROM articles WHERE slug = @Slug AND status = 'published')";

    /// <summary>A preview reads the article whatever its status (Preview/PreviewReads checks the key first).</summary>
    public const string AnyArticleId = "(SELECT id FROM articles WHERE slug = @Slug)";

    /// <summary>
    /// The article row, and last the time its content scope was stamped (see Caching/ContentScope): read in the same
    /// statement as the content, so the representation's Last-Modified is exactly as new as what it shows.
    /// </summary>
    public const string Article = ArticleBySlug + " AND a.status = 'published';";

    /// <summary><see cref="Article"/> whatever its status, for a preview.</summary>
    public const string ArticleIncludingDrafts = ArticleBySlug + ";";

    private const string ArticleBySlug = $"""
        SELECT {ArticleColumns},
               coalesce((SELECT updated_at FROM content_scopes WHERE scope = 'article:' || a.id),
                        (SELECT updated_at FROM content_state WHERE id = 1)) AS ScopeUpdatedAt,
               {Comments.CommentSql.ApprovedCount} AS CommentCount,
               {HeroImageColumns}
        FROM {WithHeroImage} WHERE a.slug = @Slug
        """;

    /// <summary>
    /// PostgreSQL's twins of the statements above: the same text but for the newest of several values, which SQLite
    /// writes as a many-argument max() and PostgreSQL as greatest(). Both compare the ISO 8601 text the same way.
    /// </summary>
    public static class PostgreSql
    {
        public static readonly string SummaryColumns = Greatest(ArticleSql.SummaryColumns);

        public static readonly string Article = Greatest(ArticleSql.Article);

        public static readonly string ArticleIncludingDrafts = Greatest(ArticleSql.ArticleIncludingDrafts);

        private static string Greatest(string sql) => sql.Replace("max(a.updated_at,", "greatest(a.updated_at,", StringComparison.Ordinal);
    }

    /// <summary>The column of <see cref="Article"/> that holds its scope's stamp time.</summary>
    public const int ScopeUpdatedAtColumn = 12;

    /// <summary>The column of <see cref="Article"/> that holds its approved comment count (the comments' triggers stamp the article's scope when it changes).</summary>
    public const int CommentCountColumn = 13;

    /// <summary>The first of <see cref="HeroImageColumns"/> in <see cref="Article"/>.</summary>
    public const int HeroImageColumn = 14;

    /// <summary>
    /// Whether the article exists (1 or 0, one index lookup as before), then its sections, blocks and block items, for the article that
    /// <paramref name="articleId"/> selects (<see cref="PublishedArticleId"/> or <see cref="AnyArticleId"/>).
    /// </summary>
    public static string SectionsOf(string articleId, SqlDialect dialect) => $"""
        SELECT {(dialect == SqlDialect.Sqlite ? $"{articleId} IS NOT NULL" : $"CASE WHEN {articleId} IS NOT NULL THEN 1 ELSE 0 END")};
        SELECT sec.id AS Id, sec.anchor_key AS Key, sec.position AS Position, sec.heading AS Heading
        FROM sections sec WHERE sec.article_id = {articleId} ORDER BY sec.position;
        SELECT b.id AS Id, b.section_id AS SectionId, b.kind AS Kind, b.text AS Text, b.list_style AS ListStyle, s.key AS SourceKey
        FROM blocks b JOIN sections sec ON sec.id = b.section_id LEFT JOIN sources s ON s.id = b.source_id
        WHERE sec.article_id = {articleId} ORDER BY sec.position, b.position;
        SELECT i.block_id AS BlockId, i.text AS Text
        FROM block_items i JOIN blocks b ON b.id = i.block_id JOIN sections sec ON sec.id = b.section_id
        WHERE sec.article_id = {articleId} ORDER BY i.block_id, i.position;
        """;

    public const string Conditions = """
        SELECT name AS Name, alternate_name AS AlternateName FROM article_conditions WHERE article_id = @ArticleId ORDER BY position;
        """;
}
