using ContentApi.Database;

namespace ContentApi.Editing;

/// <summary>
/// SQL of an article's collections in the write API: read in the aggregate (any status), written by id. An upsert keeps
/// a stored item's id (its public address); an id the write does not know (new, or freed since a snapshot) is taken fresh.
/// </summary>
internal static class CollectionWriteSql
{
    public const string DoseRanges = """
        SELECT d.id AS Id, d.substance AS Substance, d.form AS Form, d.route AS Route, d.kind AS Kind, coalesce(d.sex, 'any') AS Sex,
               d.life_stage AS LifeStage, d.age_min_months AS AgeMinMonths, d.age_max_months AS AgeMaxMonths, d.age_label AS AgeLabel,
               d.min_amount AS MinAmount, d.max_amount AS MaxAmount, d.unit AS Unit, d.per AS Per, d.applies_to AS AppliesTo, d.note AS Note,
               s.key AS SourceKey
        FROM dose_ranges d JOIN sources s ON s.id = d.source_id JOIN articles a ON a.id = d.article_id
        WHERE a.slug = @Slug ORDER BY d.id;
        """;

    public const string Foods = """
        SELECT f.id AS Id, f.name AS Name, f.serving AS Serving, f.nutrient AS Nutrient, f.amount_mg AS AmountMg, f.amount_max_mg AS AmountMaxMg,
               f.percent_daily_value AS PercentDailyValue, s.key AS SourceKey
        FROM foods f JOIN sources s ON s.id = f.source_id JOIN articles a ON a.id = f.article_id
        WHERE a.slug = @Slug ORDER BY f.id;
        """;

    public const string Interactions = """
        SELECT i.id AS Id, i.kind AS Kind, i.name AS Name, i.substance AS Substance, i.drug_class AS DrugClass, i.mechanism AS Mechanism,
               i.guidance AS Guidance, i.hours_before_magnesium AS MedicineHoursBeforeMagnesium, i.hours_after_magnesium AS MedicineHoursAfterMagnesium,
               i.hours_after_max AS MedicineHoursAfterMagnesiumUpTo, i.severity AS Severity, i.dose_caution AS DoseCaution, s.key AS SourceKey
        FROM interactions i JOIN sources s ON s.id = i.source_id JOIN articles a ON a.id = i.article_id
        WHERE a.slug = @Slug ORDER BY i.id;
        SELECT e.interaction_id AS ParentId, e.generic_name AS Name
        FROM interaction_examples e JOIN interactions i ON i.id = e.interaction_id JOIN articles a ON a.id = i.article_id
        WHERE a.slug = @Slug ORDER BY e.interaction_id, e.position;
        SELECT l.interaction_id AS ParentId, l.alias AS Name, l.alias_type AS Type
        FROM interaction_aliases l JOIN interactions i ON i.id = l.interaction_id JOIN articles a ON a.id = i.article_id
        WHERE a.slug = @Slug ORDER BY l.interaction_id, l.id;
        """;

    public const string SideEffects = """
        SELECT e.id AS Id, e.name AS Name, e.severity AS Severity, e.description AS Description, s.key AS SourceKey
        FROM side_effects e JOIN sources s ON s.id = e.source_id JOIN articles a ON a.id = e.article_id
        WHERE a.slug = @Slug ORDER BY e.position, e.id;
        """;

    public const string Remedies = """
        SELECT r.id AS Id, r.kind AS Kind, r.name AS Name, r.description AS Description, r.evidence_level AS EvidenceLevel,
               r.dependence_note AS DependenceNote, r.augmentation_note AS AugmentationNote, s.key AS SourceKey
        FROM remedies r JOIN sources s ON s.id = r.source_id JOIN articles a ON a.id = r.article_id
        WHERE a.slug = @Slug ORDER BY r.position, r.id;
        SELECT x.remedy_id AS ParentId, x.generic_name AS Name
        FROM remedy_examples x JOIN remedies r ON r.id = x.remedy_id JOIN articles a ON a.id = r.article_id
        WHERE a.slug = @Slug ORDER BY x.remedy_id, x.position;
        """;

    public const string Sources = """
        SELECT s.key FROM article_sources x JOIN sources s ON s.id = x.source_id JOIN articles a ON a.id = x.article_id
        WHERE a.slug = @Slug ORDER BY x.position;
        """;

    public const string Related = """
        SELECT r.slug AS Slug, r.title AS Title, r.section_key AS SectionKey FROM related_articles r JOIN articles a ON a.id = r.article_id
        WHERE a.slug = @Slug ORDER BY r.position, r.id;
        """;

    public const string DeleteSources = "DELETE FROM article_sources WHERE article_id = @ArticleId;";

    /// <summary>
    /// Appends to the article's cited sources every source its blocks and items cite that it does not list yet, in the
    /// order they are first cited (body, then dose ranges, foods, interactions, side effects, remedies): what the article
    /// cites is what it serves as its sources and JSON-LD citations, whether or not the editor listed it.
    /// </summary>
    public const string AppendCitedSources = """
        INSERT INTO article_sources (article_id, source_id, position)
        SELECT @ArticleId, cited.source_id,
               (SELECT coalesce(max(position), 0) FROM article_sources WHERE article_id = @ArticleId) + row_number() OVER (ORDER BY min(cited.ord))
        FROM (
            SELECT b.source_id, sec.position * 1000000 + b.position AS ord
            FROM sections sec JOIN blocks b ON b.section_id = sec.id WHERE sec.article_id = @ArticleId AND b.source_id IS NOT NULL
            UNION ALL SELECT source_id, 1000000000000 + id FROM dose_ranges WHERE article_id = @ArticleId
            UNION ALL SELECT source_id, 2000000000000 + id FROM foods WHERE article_id = @ArticleId
            UNION ALL SELECT source_id, 3000000000000 + id FROM interactions WHERE article_id = @ArticleId
            UNION ALL SELECT source_id, 4000000000000 + id FROM side_effects WHERE article_id = @ArticleId
            UNION ALL SELECT source_id, 5000000000000 + id FROM remedies WHERE article_id = @ArticleId
        ) cited
        WHERE cited.source_id NOT IN (SELECT source_id FROM article_sources WHERE article_id = @ArticleId)
        GROUP BY cited.source_id;
        """;

    public const string InsertSource = """
        INSERT INTO article_sources (article_id, source_id, position) VALUES (@ArticleId, (SELECT id FROM sources WHERE key = @Key), @Position);
        """;

    public const string DeleteRelated = "DELETE FROM related_articles WHERE article_id = @ArticleId;";

    public const string InsertRelated = """
        INSERT INTO related_articles (article_id, position, title, slug, section_key) VALUES (@ArticleId, @Position, @Title, @Slug, @SectionKey);
        """;

    public const string UpsertInteraction = """
        INSERT INTO interactions (id, article_id, kind, name, substance, drug_class, mechanism, guidance, hours_before_magnesium, hours_after_magnesium,
                                  hours_after_max, severity, dose_caution, source_id, updated_at)
        VALUES (@Id, @ArticleId, @Kind, @Name, @Substance, @DrugClass, @Mechanism, @Guidance, @MedicineHoursBeforeMagnesium, @MedicineHoursAfterMagnesium,
                @MedicineHoursAfterMagnesiumUpTo, @Severity, @DoseCaution, (SELECT id FROM sources WHERE key = @SourceKey), @Now)
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, substance = excluded.substance, drug_class = excluded.drug_class,
            mechanism = excluded.mechanism, guidance = excluded.guidance, hours_before_magnesium = excluded.hours_before_magnesium,
            hours_after_magnesium = excluded.hours_after_magnesium, hours_after_max = excluded.hours_after_max, severity = excluded.severity,
            dose_caution = excluded.dose_caution, source_id = excluded.source_id, updated_at = excluded.updated_at
        RETURNING id;
        """;

    public const string DeleteInteractionChildren = """
        DELETE FROM interaction_examples WHERE interaction_id = @Id;
        DELETE FROM interaction_aliases WHERE interaction_id = @Id;
        """;

    public const string InsertInteractionExample = "INSERT INTO interaction_examples (interaction_id, position, generic_name) VALUES (@Id, @Position, @Name);";

    public const string InsertInteractionAlias = "INSERT INTO interaction_aliases (interaction_id, alias, alias_type) VALUES (@Id, @Name, @Type);";

    public const string UpsertSideEffect = """
        INSERT INTO side_effects (id, article_id, position, name, severity, description, source_id, updated_at)
        VALUES (@Id, @ArticleId, @Position, @Name, @Severity, @Description, (SELECT id FROM sources WHERE key = @SourceKey), @Now)
        ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, severity = excluded.severity,
            description = excluded.description, source_id = excluded.source_id, updated_at = excluded.updated_at
        RETURNING id;
        """;

    public const string UpsertRemedy = """
        INSERT INTO remedies (id, article_id, position, kind, name, description, evidence_level, dependence_note, augmentation_note, source_id, updated_at)
        VALUES (@Id, @ArticleId, @Position, @Kind, @Name, @Description, @EvidenceLevel, @DependenceNote, @AugmentationNote,
                (SELECT id FROM sources WHERE key = @SourceKey), @Now)
        ON CONFLICT (id) DO UPDATE SET position = excluded.position, kind = excluded.kind, name = excluded.name, description = excluded.description,
            evidence_level = excluded.evidence_level, dependence_note = excluded.dependence_note, augmentation_note = excluded.augmentation_note,
            source_id = excluded.source_id, updated_at = excluded.updated_at
        RETURNING id;
        """;

    public const string DeleteRemedyExamples = "DELETE FROM remedy_examples WHERE remedy_id = @Id;";

    public const string InsertRemedyExample = "INSERT INTO remedy_examples (remedy_id, position, generic_name) VALUES (@Id, @Position, @Name);";

    // 'any' is how the API says what the table stores as NULL (the CHECK takes only 'female' and 'male').
    public const string UpsertDoseRange = """
        INSERT INTO dose_ranges (id, article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months, age_label,
                                 min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at)
        VALUES (@Id, @ArticleId, @Substance, @Form, @Route, @Kind, nullif(@Sex, 'any'), @LifeStage, @AgeMinMonths, @AgeMaxMonths, @AgeLabel,
                @MinAmount, @MaxAmount, @Unit, @Per, @AppliesTo, @Note, (SELECT id FROM sources WHERE key = @SourceKey), @Now)
        ON CONFLICT (id) DO UPDATE SET substance = excluded.substance, form = excluded.form, route = excluded.route, kind = excluded.kind,
            sex = excluded.sex, life_stage = excluded.life_stage, age_min_months = excluded.age_min_months, age_max_months = excluded.age_max_months,
            age_label = excluded.age_label, min_amount = excluded.min_amount, max_amount = excluded.max_amount, unit = excluded.unit,
            per = excluded.per, applies_to = excluded.applies_to, note = excluded.note, source_id = excluded.source_id, updated_at = excluded.updated_at
        RETURNING id;
        """;

    public const string UpsertFood = """
        INSERT INTO foods (id, article_id, name, serving, nutrient, amount_mg, amount_max_mg, percent_daily_value, source_id, updated_at)
        VALUES (@Id, @ArticleId, @Name, @Serving, @Nutrient, @AmountMg, @AmountMaxMg, @PercentDailyValue, (SELECT id FROM sources WHERE key = @SourceKey), @Now)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, serving = excluded.serving, nutrient = excluded.nutrient, amount_mg = excluded.amount_mg,
            amount_max_mg = excluded.amount_max_mg, percent_daily_value = excluded.percent_daily_value, source_id = excluded.source_id,
            updated_at = excluded.updated_at
        RETURNING id;
        """;

    /// <summary>Deletes every item of the article (their examples and aliases follow by cascade).</summary>
    public const string DeleteItemsOf = """
        DELETE FROM dose_ranges WHERE article_id = @ArticleId;
        DELETE FROM foods WHERE article_id = @ArticleId;
        DELETE FROM interactions WHERE article_id = @ArticleId;
        DELETE FROM side_effects WHERE article_id = @ArticleId;
        DELETE FROM remedies WHERE article_id = @ArticleId;
        """;

    /// <summary>The ids among @Ids that a row of the table holds (whichever article it belongs to).</summary>
    public static string TakenIds(string table, SqlDialect dialect) => $"SELECT id FROM {table} WHERE {dialect.InList("id", "@Ids")} ORDER BY id;";

    /// <summary>Deletes the article's rows whose ids are not among @Ids (the items the write keeps).</summary>
    public static string DeleteOthers(string table, SqlDialect dialect) => dialect == SqlDialect.Sqlite
        ? $"DELETE FROM {table} WHERE article_id = @ArticleId AND id NOT IN @Ids;"
        : $"DELETE FROM {table} WHERE article_id = @ArticleId AND NOT (id = ANY(@Ids));";

    /// <summary>
    /// An upsert as the engine takes it. SQLite gives a NULL INTEGER PRIMARY KEY the next id; a PostgreSQL identity column
    /// refuses NULL, so a new item (no @Id) draws the table's sequence. SQLite stores a boolean parameter as 1 or 0;
    /// PostgreSQL wants the 0/1 flag column (kept integer in both schemas) given an integer.
    /// </summary>
    public static string UpsertIn(string upsert, string table, SqlDialect dialect) => dialect == SqlDialect.Sqlite
        ? upsert
        : upsert.Replace("VALUES (@Id,", $"VALUES (coalesce(@Id, nextval(pg_get_serial_sequence('{table}', 'id'))),", StringComparison.Ordinal)
            .Replace("@DoseCaution,", "CAST(@DoseCaution AS integer),", StringComparison.Ordinal);
}
