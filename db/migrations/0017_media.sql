-- Media (issue 14): uploaded images. The file itself lives on disk, content-addressed by the SHA-256 of the stored
-- bytes (metadata stripped, so two uploads of one picture with different EXIF are one file); these rows say what each
-- upload is. AUTOINCREMENT: a deleted image's id is never reused, because its rendition URLs are cached as immutable.
CREATE TABLE media (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL CHECK (name GLOB '[a-z0-9]*' AND length(name) BETWEEN 1 AND 80),
    sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
    format      TEXT    NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    bytes       INTEGER NOT NULL CHECK (bytes > 0),
    alt         TEXT    NOT NULL CHECK (length(alt) > 0),
    created_at  TEXT    NOT NULL,
    key_name    TEXT    NOT NULL
);
CREATE INDEX ix_media_sha256 ON media (sha256);

-- An article's lead image, by media id. The old hero_image_* columns (placeholders the seed fills) stay unread; no
-- ON DELETE: deleting an image an article uses is refused (409) before it reaches this key.
ALTER TABLE articles ADD COLUMN hero_media_id INTEGER REFERENCES media (id);
CREATE INDEX ix_articles_hero_media_id ON articles (hero_media_id) WHERE hero_media_id IS NOT NULL;
