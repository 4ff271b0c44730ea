using ContentApi.Interactions;

namespace ContentApi.Articles;

/// <summary>
/// The article aggregate as JSON built by SQLite, one statement for any combination of parts: the article's own
/// members, then one JSON array per collection asked for. Member names, order and nulls follow the response records
/// (<see cref="ArticleResponse"/> and those it embeds); <see cref="ArticleJsonWriter"/> gives strings, numbers and
/// escaping the serializer's exact form, and a test compares every combination of parts with the serializer's output.
/// </summary>
internal static class ArticleJsonSql
{
    /// <summary>One collection of the aggregate: its part, its JSON member name and the SQL of its array (correlated on <c>a.id</c>).</summary>
    public sealed record Collection(ArticleParts Part, string Member, string ArraySql);

    /// <summary>The collections in the order <see cref="ArticleResponse"/> declares them; the SQL and the reader both walk this table.</summary>
    public static readonly Collection[] Collections =
    [
        new(ArticleParts.Sections, "sections", $"""
            SELECT json_group_array(json_object(
                'key', sec.anchor_key, 'position', sec.position, 'heading', sec.heading,
                'blocks', json((SELECT json_group_array(CASE b.kind
                        WHEN 'list' THEN json_object('type', b.kind, 'text', b.text, 'style', b.list_style,
                            'items', json((SELECT json_group_array(i.text ORDER BY i.position) FROM block_items i WHERE i.block_id = b.id)),
                            'sourceKey', bs.key)
                        ELSE json_object('type', b.kind, 'text', b.text, 'sourceKey', bs.key) END ORDER BY b.position)
                    FROM blocks b LEFT JOIN sources bs ON bs.id = b.source_id WHERE b.section_id = sec.id)))
                ORDER BY sec.position)
            FROM sections sec WHERE sec.article_id = a.id
            """),
        new(ArticleParts.DoseRanges, "doseRanges", $"""
            SELECT json_group_array(json_object(
                'id', d.id, 'substance', d.substance, 'form', d.form, 'route', d.route, 'kind', d.kind, 'sex', coalesce(d.sex, 'any'),
                'lifeStage', d.life_stage,
                'ageBand', json_object('minMonths', d.age_min_months, 'maxMonths', d.age_max_months, 'label', d.age_label),
                'amount', json_object('min', d.min_amount, 'max', d.max_amount, 'unit', d.unit, 'per', d.per),
                'appliesTo', d.applies_to, 'note', d.note, 'source', {SourceReference}, 'updatedAt', {Utc("d.updated_at")})
                ORDER BY d.id)
            FROM dose_ranges d JOIN sources s ON s.id = d.source_id WHERE d.article_id = a.id
            """),
        new(ArticleParts.Foods, "foods", $"""
            SELECT json_group_array(json_object(
                'id', f.id, 'name', f.name, 'serving', f.serving, 'nutrient', f.nutrient, 'amountMg', f.amount_mg,
                'amountMaxMg', f.amount_max_mg, 'percentDailyValue', f.percent_daily_value, 'source', {SourceReference},
                'updatedAt', {Utc("f.updated_at")})
                ORDER BY f.amount_mg DESC, f.id DESC)
            FROM foods f JOIN sources s ON s.id = f.source_id WHERE f.article_id = a.id
            """),
        new(ArticleParts.Interactions, "interactions", $"""
            SELECT json_group_array(json_object(
                'id', i.id, 'kind', i.kind, 'name', i.name, 'drugClass', i.drug_class,
                'examples', json((SELECT json_group_array(x.generic_name ORDER BY x.position) FROM interaction_examples x WHERE x.interaction_id = i.id)),
                'mechanism', i.mechanism, 'guidance', i.guidance,
                'spacing', CASE WHEN i.hours_before_magnesium IS NULL AND i.hours_after_magnesium IS NULL THEN NULL
                    ELSE json_object('medicineHoursBeforeMagnesium', i.hours_before_magnesium, 'medicineHoursAfterMagnesium', i.hours_after_magnesium,
                        'medicineHoursAfterMagnesiumUpTo', i.hours_after_max) END,
                'severity', i.severity, 'source', {SourceReference}, 'updatedAt', {Utc("i.updated_at")})
                ORDER BY {InteractionRepository.SeverityRank} DESC, i.id)
            FROM interactions i JOIN sources s ON s.id = i.source_id WHERE i.article_id = a.id
            """),
        new(ArticleParts.SideEffects, "sideEffects", $"""
            SELECT json_group_array(json_object(
                'id', e.id, 'name', e.name, 'severity', e.severity, 'description', e.description, 'source', {SourceReference},
                'updatedAt', {Utc("e.updated_at")})
                ORDER BY e.position, e.id)
            FROM side_effects e JOIN sources s ON s.id = e.source_id WHERE e.article_id = a.id
            """),
        new(ArticleParts.Remedies, "remedies", $"""
            SELECT json_group_array(json_object(
                'id', r.id, 'kind', r.kind, 'name', r.name, 'description', r.description,
                'examples', json((SELECT json_group_array(x.generic_name ORDER BY x.position) FROM remedy_examples x WHERE x.remedy_id = r.id)),
                'evidenceLevel', r.evidence_level, 'dependenceNote', r.dependence_note, 'augmentationNote', r.augmentation_note,
                'source', {SourceReference}, 'updatedAt', {Utc("r.updated_at")})
                ORDER BY r.position, r.id)
            FROM remedies r JOIN sources s ON s.id = r.source_id WHERE r.article_id = a.id
            """),
        new(ArticleParts.RelatedArticles, "relatedArticles", """
            SELECT json_group_array(json_object(
                'title', r.title, 'slug', r.slug, 'href', '/api/articles/' || r.slug, 'sectionKey', r.section_key)
                ORDER BY r.position)
            FROM related_articles r WHERE r.article_id = a.id
            """),
        new(ArticleParts.Sources, "sources", $"""
            SELECT json_group_array(json_object(
                'id', s.id, 'key', s.key, 'title', s.title, 'publisher', s.publisher, 'url', s.url, 'citation', s.citation,
                'updatedAt', {Utc("s.updated_at")})
                ORDER BY x.position)
            FROM article_sources x JOIN sources s ON s.id = x.source_id WHERE x.article_id = a.id
            """),
    ];

    /// <summary>
    /// Column 0: the article's own members as one JSON object; column 1: its content update time (Last-Modified);
    /// then one column per collection in <paramref name="parts"/>, in <see cref="Collections"/> order.
    /// </summary>
    public static string Aggregate(ArticleParts parts) => $"""
        SELECT json_object(
                'id', a.id, 'slug', a.slug, 'title', a.title, 'summary', a.summary, 'category', a.category,
                'heroImage', json_object('url', a.hero_image_url, 'alt', a.hero_image_alt, 'width', a.hero_image_width, 'height', a.hero_image_height),
                'status', a.status, 'publishedAt', {Utc("a.published_at")}, 'updatedAt', {Utc("a.content_updated_at")},
                'lastReviewedAt', {Utc("a.last_reviewed_at")}, 'nextReviewAt', {Utc("a.next_review_at")}, 'disclaimer', a.disclaimer,
                'version', a.version),
            a.content_updated_at{string.Concat(Collections.Where(collection => parts.HasFlag(collection.Part)).Select(collection => $",\n    ({collection.ArraySql})"))}
        FROM (SELECT a.id, a.slug, a.title, a.summary, a.category, a.hero_image_url, a.hero_image_alt, a.hero_image_width,
                  a.hero_image_height, a.status, a.published_at, a.last_reviewed_at, a.next_review_at, a.disclaimer, a.version,
                  {ArticleSql.ContentUpdatedAt} AS content_updated_at
              FROM articles a WHERE a.slug = @Slug AND a.status = 'published') a;
        """;

    private const string SourceReference = "json_object('key', s.key, 'title', s.title, 'publisher', s.publisher, 'url', s.url)";

    /// <summary>
    /// A stored ISO 8601 timestamp as the serializer writes a UTC <see cref="DateTimeOffset"/>:
    /// whole seconds, then the fraction without trailing zeros (SQLite keeps milliseconds), then +00:00. NULL stays NULL.
    /// </summary>
    private static string Utc(string column) =>
        $"(strftime('%Y-%m-%dT%H:%M:%S', {column}) || rtrim(rtrim(substr(strftime('%f', {column}), 3), '0'), '.') || '+00:00')";
}
