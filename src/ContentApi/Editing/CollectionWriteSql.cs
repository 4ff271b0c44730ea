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

    /// <summary>The ids among @Ids that a row of the table holds (whichever article it belongs to).</summary>
    public static string TakenIds(string table) => $"SELECT id FROM {table} WHERE id IN @Ids ORDER BY id;";

    /// <summary>Deletes the article's rows whose ids are not among @Ids (the items the write keeps).</summary>
    public static string DeleteOthers(string table) => $"DELETE FROM {table} WHERE article_id = @ArticleId AND id NOT IN @Ids;";
}
