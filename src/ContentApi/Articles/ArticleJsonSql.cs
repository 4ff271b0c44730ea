using ContentApi.Interactions;
using ContentApi.Sources;

namespace ContentApi.Articles;

/// <summary>
/// The statements behind <see cref="ArticleJsonWriter"/>: after the article row (<see cref="ArticleSql.Article"/>, by
/// <c>@Slug</c>), one statement per collection by <c>@ArticleId</c>. Columns come in the order the writer reads them (the response records' member
/// order); nested lists (block items, example names) arrive as small JSON arrays so each parent stays one row.
/// </summary>
internal static class ArticleJsonSql
{
    private const string SourceReference = SourcedRow.Columns;

    // A section without blocks still yields one row (block columns NULL), so it is written with an empty list.
    public const string Sections = """
        SELECT sec.id, sec.anchor_key, sec.position, sec.heading, b.id, b.kind, b.text, b.list_style,
               CASE b.kind WHEN 'list' THEN (SELECT json_group_array(t) FROM (SELECT i.text AS t FROM block_items i WHERE i.block_id = b.id ORDER BY i.position)) END,
               bs.key
        FROM sections sec LEFT JOIN blocks b ON b.section_id = sec.id LEFT JOIN sources bs ON bs.id = b.source_id
        WHERE sec.article_id = @ArticleId ORDER BY sec.position, sec.id, b.position, b.id;
        """;

    public const string DoseRanges = $"""
        SELECT d.id, d.substance, d.form, d.route, d.kind, coalesce(d.sex, 'any'), d.life_stage, d.age_min_months, d.age_max_months,
               d.age_label, d.min_amount, d.max_amount, d.unit, d.per, d.applies_to, d.note, {SourceReference}, d.updated_at
        FROM dose_ranges d JOIN sources s ON s.id = d.source_id WHERE d.article_id = @ArticleId ORDER BY d.id;
        """;

    public const string Foods = $"""
        SELECT f.id, f.name, f.serving, f.nutrient, f.amount_mg, f.amount_max_mg, f.percent_daily_value, {SourceReference}, f.updated_at
        FROM foods f JOIN sources s ON s.id = f.source_id WHERE f.article_id = @ArticleId ORDER BY f.amount_mg DESC, f.id DESC;
        """;

    public const string Interactions = $"""
        SELECT i.id, i.kind, i.name, i.drug_class,
               (SELECT json_group_array(t) FROM (SELECT x.generic_name AS t FROM interaction_examples x WHERE x.interaction_id = i.id ORDER BY x.position)),
               i.mechanism, i.guidance, i.hours_before_magnesium, i.hours_after_magnesium, i.hours_after_max, i.severity,
               {SourceReference}, i.updated_at
        FROM interactions i JOIN sources s ON s.id = i.source_id WHERE i.article_id = @ArticleId
        ORDER BY {InteractionRepository.SeverityRank} DESC, i.id;
        """;

    public const string SideEffects = $"""
        SELECT e.id, e.name, e.severity, e.description, {SourceReference}, e.updated_at
        FROM side_effects e JOIN sources s ON s.id = e.source_id WHERE e.article_id = @ArticleId ORDER BY e.position, e.id;
        """;

    public const string Remedies = $"""
        SELECT r.id, r.kind, r.name, r.description,
               (SELECT json_group_array(t) FROM (SELECT x.generic_name AS t FROM remedy_examples x WHERE x.remedy_id = r.id ORDER BY x.position)),
               r.evidence_level, r.dependence_note, r.augmentation_note, {SourceReference}, r.updated_at
        FROM remedies r JOIN sources s ON s.id = r.source_id WHERE r.article_id = @ArticleId ORDER BY r.position, r.id;
        """;

    public const string RelatedArticles = """
        SELECT r.title, r.slug, @LinkBase || '/api/articles/' || r.slug, r.section_key FROM related_articles r WHERE r.article_id = @ArticleId ORDER BY r.position, r.id;
        """;

    public const string Sources = """
        SELECT s.id, s.key, s.title, s.publisher, s.url, s.citation, s.updated_at
        FROM article_sources x JOIN sources s ON s.id = x.source_id WHERE x.article_id = @ArticleId ORDER BY x.position, s.id;
        """;

    /// <summary>
    /// PostgreSQL's twins of the statements that build JSON arrays: json_agg where SQLite has json_group_array, the same
    /// columns and rows in the same order. json_agg of no rows is NULL where json_group_array gives [], hence coalesce.
    /// The other statements are plain SQL both engines read alike, and are used as they are.
    /// </summary>
    public static class PostgreSql
    {
        public const string Sections = """
            SELECT sec.id, sec.anchor_key, sec.position, sec.heading, b.id, b.kind, b.text, b.list_style,
                   CASE b.kind WHEN 'list' THEN coalesce((SELECT json_agg(i.text ORDER BY i.position) FROM block_items i WHERE i.block_id = b.id)::text, '[]') END,
                   bs.key
            FROM sections sec LEFT JOIN blocks b ON b.section_id = sec.id LEFT JOIN sources bs ON bs.id = b.source_id
            WHERE sec.article_id = @ArticleId ORDER BY sec.position, sec.id, b.position, b.id;
            """;

        public const string Interactions = $"""
            SELECT i.id, i.kind, i.name, i.drug_class,
                   coalesce((SELECT json_agg(x.generic_name ORDER BY x.position) FROM interaction_examples x WHERE x.interaction_id = i.id)::text, '[]'),
                   i.mechanism, i.guidance, i.hours_before_magnesium, i.hours_after_magnesium, i.hours_after_max, i.severity,
                   {SourceReference}, i.updated_at
            FROM interactions i JOIN sources s ON s.id = i.source_id WHERE i.article_id = @ArticleId
            ORDER BY {InteractionRepository.SeverityRank} DESC, i.id;
            """;

        public const string Remedies = $"""
            SELECT r.id, r.kind, r.name, r.description,
                   coalesce((SELECT json_agg(x.generic_name ORDER BY x.position) FROM remedy_examples x WHERE x.remedy_id = r.id)::text, '[]'),
                   r.evidence_level, r.dependence_note, r.augmentation_note, {SourceReference}, r.updated_at
            FROM remedies r JOIN sources s ON s.id = r.source_id WHERE r.article_id = @ArticleId ORDER BY r.position, r.id;
            """;
    }
}
