-- Content model for structured health articles. Substance-generic: a second article
-- (or substance) is new rows, never a schema change.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    publisher   TEXT    NOT NULL,
    url         TEXT    NULL,
    citation    TEXT    NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    slug              TEXT    NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*' AND slug NOT LIKE '%--%' AND slug NOT LIKE '%-'),
    title             TEXT    NOT NULL,
    summary           TEXT    NOT NULL,
    category          TEXT    NOT NULL,
    hero_image_url    TEXT    NOT NULL,
    hero_image_alt    TEXT    NOT NULL,
    hero_image_width  INTEGER NOT NULL CHECK (hero_image_width > 0),
    hero_image_height INTEGER NOT NULL CHECK (hero_image_height > 0),
    status            TEXT    NOT NULL CHECK (status IN ('draft', 'published')),
    published_at      TEXT    NULL,
    updated_at        TEXT    NOT NULL,
    last_reviewed_at  TEXT    NULL,
    next_review_at    TEXT    NULL,
    disclaimer        TEXT    NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version > 0)
);

CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, source_id),
    UNIQUE (article_id, position)
);

CREATE TABLE sections (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    anchor_key  TEXT    NOT NULL,
    heading     TEXT    NOT NULL,
    UNIQUE (article_id, position),
    UNIQUE (article_id, anchor_key)
);

CREATE TABLE blocks (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('paragraph', 'list')),
    -- Paragraph text, or the optional lead-in sentence of a list.
    text        TEXT    NULL,
    list_style  TEXT    NULL CHECK (list_style IN ('bulleted', 'numbered')),
    source_id   INTEGER NULL REFERENCES sources (id),
    UNIQUE (section_id, position),
    CHECK (kind = 'list' OR text IS NOT NULL),
    CHECK ((kind = 'list') = (list_style IS NOT NULL))
);

CREATE TABLE block_items (
    id        INTEGER PRIMARY KEY,
    block_id  INTEGER NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL,
    UNIQUE (block_id, position)
);

-- Age bands are stored in months: min inclusive, max exclusive, NULL max = open-ended.
CREATE TABLE dose_ranges (
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
    applies_to      TEXT    NOT NULL CHECK (applies_to IN ('food-and-supplements', 'supplements-only')),
    note            TEXT    NULL,
    source_id       INTEGER NOT NULL REFERENCES sources (id),
    updated_at      TEXT    NOT NULL,
    CHECK (age_max_months IS NULL OR age_max_months > age_min_months),
    CHECK (min_amount IS NULL OR max_amount IS NULL OR max_amount >= min_amount)
);
CREATE INDEX ix_dose_ranges_lookup ON dose_ranges (substance, kind, life_stage, age_min_months);

CREATE TABLE foods (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NULL REFERENCES articles (id) ON DELETE SET NULL,
    name                TEXT    NOT NULL,
    serving             TEXT    NOT NULL,
    nutrient            TEXT    NOT NULL,
    -- A few sources give a range (milk: 24-27 mg); amount_mg is the lower, conservative figure.
    amount_mg           REAL    NOT NULL CHECK (amount_mg >= 0),
    amount_max_mg       REAL    NULL,
    percent_daily_value INTEGER NOT NULL CHECK (percent_daily_value >= 0),
    source_id           INTEGER NOT NULL REFERENCES sources (id),
    updated_at          TEXT    NOT NULL,
    CHECK (amount_max_mg IS NULL OR amount_max_mg >= amount_mg)
);
CREATE INDEX ix_foods_nutrient_amount ON foods (nutrient, amount_mg);

CREATE TABLE interactions (
    id                      INTEGER PRIMARY KEY,
    article_id              INTEGER NULL REFERENCES articles (id) ON DELETE SET NULL,
    kind                    TEXT    NOT NULL CHECK (kind IN ('medication', 'condition')),
    name                    TEXT    NOT NULL,
    drug_class              TEXT    NULL,
    mechanism               TEXT    NOT NULL,
    guidance                TEXT    NOT NULL,
    -- Hours to keep between the medicine and magnesium, where the source gives them.
    hours_before_magnesium  REAL    NULL,
    hours_after_magnesium   REAL    NULL,
    hours_after_max         REAL    NULL,
    severity                TEXT    NOT NULL CHECK (severity IN ('major', 'moderate', 'minor')),
    source_id               INTEGER NOT NULL REFERENCES sources (id),
    updated_at              TEXT    NOT NULL
);

CREATE TABLE interaction_examples (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    generic_name   TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, position)
);

CREATE TABLE side_effects (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NULL REFERENCES articles (id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    severity    TEXT    NOT NULL CHECK (severity IN ('common', 'severe')),
    description TEXT    NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    updated_at  TEXT    NOT NULL
);

CREATE TABLE remedies (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NULL REFERENCES articles (id) ON DELETE SET NULL,
    position         INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('alternative', 'conventional')),
    name             TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    evidence_level   TEXT    NULL,
    dependence_note  TEXT    NULL,
    augmentation_note TEXT   NULL,
    source_id        INTEGER NOT NULL REFERENCES sources (id),
    updated_at       TEXT    NOT NULL
);

CREATE TABLE remedy_examples (
    remedy_id    INTEGER NOT NULL REFERENCES remedies (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    generic_name TEXT    NOT NULL,
    PRIMARY KEY (remedy_id, position)
);

-- Links to other articles. slug is NULL while the target has no content here,
-- so clients render a titled reference instead of a link that would 404.
CREATE TABLE related_articles (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    title         TEXT    NOT NULL,
    slug          TEXT    NULL,
    section_key   TEXT    NULL,
    UNIQUE (article_id, position)
);
