-- The health conditions an article is about, with their other names (issue 12: schema.org `about` needs them as data,
-- and the model stays substance- and condition-generic for the articles to come). A write stamps the article's content
-- scope like every other child row (0007), so cached representations that show it are refreshed.

CREATE TABLE article_conditions (
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position > 0),
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    alternate_name TEXT    NULL CHECK (alternate_name IS NULL OR length(trim(alternate_name)) > 0),
    source_id      INTEGER NULL REFERENCES sources (id),
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TRIGGER article_conditions_content_scopes_after_insert AFTER INSERT ON article_conditions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER article_conditions_content_scopes_after_update AFTER UPDATE ON article_conditions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER article_conditions_content_scopes_after_delete AFTER DELETE ON article_conditions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;
