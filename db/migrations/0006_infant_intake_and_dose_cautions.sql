-- Two schema changes from the editorial review (issue 8).
--
-- 1. dose_ranges.applies_to gains 'breast-milk-formula-and-food'. An infant's Adequate Intake is not a
--    "food and supplements" figure: below 12 months magnesium should come only from breast milk, formula and
--    food, and the lookup's summary says so. SQLite cannot alter a CHECK, so the table is rebuilt (new table,
--    copy, drop, rename) with its indexes (0001, 0005) and its content-version triggers (0004). dose_ranges has
--    no search triggers and nothing references it. On a fresh database this runs before the seeds, on an empty
--    table; on a seeded one it copies every row with its id, so both end in the same state.
CREATE TABLE dose_ranges_new (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NULL REFERENCES articles (id) ON DELETE SET NULL,
    substance       TEXT    NOT NULL,
    form            TEXT    NOT NULL,
    route           TEXT    NOT NULL CHECK (route IN ('oral', 'intravenous', 'any')),
    kind            TEXT    NOT NULL CHECK (kind IN ('RDA', 'AI', 'UL', 'guidance')),
    sex             TEXT    NULL CHECK (sex IN ('female', 'male')),
    life_stage      TEXT    NOT NULL CHECK (life_stage IN ('general', 'pregnancy', 'lactation')),
    age_min_months  INTEGER NOT NULL CHECK (age_min_months >= 0),
    age_max_months  INTEGER NULL,
    age_label       TEXT    NOT NULL,
    min_amount      REAL    NULL,
    max_amount      REAL    NULL,
    unit            TEXT    NOT NULL,
    per             TEXT    NOT NULL,
    applies_to      TEXT    NOT NULL CHECK (applies_to IN ('food-and-supplements', 'supplements-only', 'breast-milk-formula-and-food')),
    note            TEXT    NULL,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    updated_at      TEXT    NOT NULL,
    CHECK (age_max_months IS NULL OR age_max_months > age_min_months),
    CHECK (min_amount IS NULL OR max_amount IS NULL OR max_amount >= min_amount)
);

INSERT INTO dose_ranges_new (id, article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months,
                             age_label, min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at)
SELECT id, article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months,
       age_label, min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at
FROM dose_ranges;

DROP TABLE dose_ranges;
ALTER TABLE dose_ranges_new RENAME TO dose_ranges;

CREATE INDEX ix_dose_ranges_lookup ON dose_ranges (substance, kind, life_stage, age_min_months);
CREATE INDEX ix_dose_ranges_article ON dose_ranges (article_id);

CREATE TRIGGER dose_ranges_content_version_after_insert AFTER INSERT ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER dose_ranges_content_version_after_update AFTER UPDATE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER dose_ranges_content_version_after_delete AFTER DELETE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

-- The rebuild itself is a content write: bump the version once so no cached answer outlives it.
UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;

-- 2. interactions.dose_caution marks the interactions that every dose lookup for the substance must carry
--    (kidney disease for magnesium), so the caution comes from the row and its source, not from code.
ALTER TABLE interactions ADD COLUMN dose_caution INTEGER NOT NULL DEFAULT 0 CHECK (dose_caution IN (0, 1));
