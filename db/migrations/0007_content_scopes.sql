-- Narrow invalidation. 0004 kept one database-wide version, so every write made every cached representation stale.
-- Now each write also stamps the scopes it touches in content_scopes: the article it belongs to ('article:<id>') and
-- the lists its rows appear in ('foods', 'sources', ...). A cached representation remembers the scopes it was built
-- from; a process sees new stamps by reading the rows whose version is above the last one it saw, which works the
-- same for one process or many sharing the database. content_state.version stays the one counter stamps come from
-- (writes are serialised, so stamps become visible in increasing order), and updated_at is the scope's Last-Modified.
CREATE TABLE content_scopes (
    scope      TEXT    NOT NULL PRIMARY KEY,
    version    INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_content_scopes_version ON content_scopes (version);

-- Every scope that exists now starts at the current version and time: older representations are not kept anywhere.
INSERT INTO content_scopes (scope, version, updated_at)
SELECT 'article:' || a.id, c.version, c.updated_at FROM articles a, content_state c WHERE c.id = 1
UNION ALL
SELECT k.scope, c.version, c.updated_at FROM content_state c,
    (SELECT 'articles' AS scope UNION ALL SELECT 'dose-ranges' AS scope UNION ALL SELECT 'foods' AS scope UNION ALL SELECT 'interactions' AS scope UNION ALL SELECT 'side-effects' AS scope UNION ALL SELECT 'remedies' AS scope UNION ALL SELECT 'sources' AS scope) k WHERE c.id = 1;

DROP TRIGGER articles_content_version_after_insert;
DROP TRIGGER articles_content_version_after_update;
DROP TRIGGER articles_content_version_after_delete;
DROP TRIGGER sections_content_version_after_insert;
DROP TRIGGER sections_content_version_after_update;
DROP TRIGGER sections_content_version_after_delete;
DROP TRIGGER blocks_content_version_after_insert;
DROP TRIGGER blocks_content_version_after_update;
DROP TRIGGER blocks_content_version_after_delete;
DROP TRIGGER block_items_content_version_after_insert;
DROP TRIGGER block_items_content_version_after_update;
DROP TRIGGER block_items_content_version_after_delete;
DROP TRIGGER related_articles_content_version_after_insert;
DROP TRIGGER related_articles_content_version_after_update;
DROP TRIGGER related_articles_content_version_after_delete;
DROP TRIGGER article_sources_content_version_after_insert;
DROP TRIGGER article_sources_content_version_after_update;
DROP TRIGGER article_sources_content_version_after_delete;
DROP TRIGGER dose_ranges_content_version_after_insert;
DROP TRIGGER dose_ranges_content_version_after_update;
DROP TRIGGER dose_ranges_content_version_after_delete;
DROP TRIGGER foods_content_version_after_insert;
DROP TRIGGER foods_content_version_after_update;
DROP TRIGGER foods_content_version_after_delete;
DROP TRIGGER interactions_content_version_after_insert;
DROP TRIGGER interactions_content_version_after_update;
DROP TRIGGER interactions_content_version_after_delete;
DROP TRIGGER interaction_examples_content_version_after_insert;
DROP TRIGGER interaction_examples_content_version_after_update;
DROP TRIGGER interaction_examples_content_version_after_delete;
DROP TRIGGER interaction_aliases_content_version_after_insert;
DROP TRIGGER interaction_aliases_content_version_after_update;
DROP TRIGGER interaction_aliases_content_version_after_delete;
DROP TRIGGER side_effects_content_version_after_insert;
DROP TRIGGER side_effects_content_version_after_update;
DROP TRIGGER side_effects_content_version_after_delete;
DROP TRIGGER remedies_content_version_after_insert;
DROP TRIGGER remedies_content_version_after_update;
DROP TRIGGER remedies_content_version_after_delete;
DROP TRIGGER remedy_examples_content_version_after_insert;
DROP TRIGGER remedy_examples_content_version_after_update;
DROP TRIGGER remedy_examples_content_version_after_delete;
DROP TRIGGER sources_content_version_after_insert;
DROP TRIGGER sources_content_version_after_update;
DROP TRIGGER sources_content_version_after_delete;

CREATE TRIGGER articles_content_scopes_after_insert AFTER INSERT ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER articles_content_scopes_after_update AFTER UPDATE ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.id AS scope UNION SELECT 'article:' || NEW.id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER articles_content_scopes_after_delete AFTER DELETE ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sections_content_scopes_after_insert AFTER INSERT ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sections_content_scopes_after_update AFTER UPDATE ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sections_content_scopes_after_delete AFTER DELETE ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER blocks_content_scopes_after_insert AFTER INSERT ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM sections WHERE id = NEW.section_id) AS scope UNION SELECT 'articles' UNION SELECT 'sources' WHERE NEW.source_id IS NOT NULL) AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER blocks_content_scopes_after_update AFTER UPDATE ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM sections WHERE id = OLD.section_id) AS scope UNION SELECT 'article:' || (SELECT article_id FROM sections WHERE id = NEW.section_id) AS scope UNION SELECT 'articles' UNION SELECT 'sources' WHERE OLD.source_id IS NOT NULL OR NEW.source_id IS NOT NULL) AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER blocks_content_scopes_after_delete AFTER DELETE ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM sections WHERE id = OLD.section_id) AS scope UNION SELECT 'articles' UNION SELECT 'sources' WHERE OLD.source_id IS NOT NULL) AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER block_items_content_scopes_after_insert AFTER INSERT ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = NEW.block_id) AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER block_items_content_scopes_after_update AFTER UPDATE ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = OLD.block_id) AS scope UNION SELECT 'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = NEW.block_id) AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER block_items_content_scopes_after_delete AFTER DELETE ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = OLD.block_id) AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER related_articles_content_scopes_after_insert AFTER INSERT ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER related_articles_content_scopes_after_update AFTER UPDATE ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER related_articles_content_scopes_after_delete AFTER DELETE ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER article_sources_content_scopes_after_insert AFTER INSERT ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER article_sources_content_scopes_after_update AFTER UPDATE ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER article_sources_content_scopes_after_delete AFTER DELETE ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER dose_ranges_content_scopes_after_insert AFTER INSERT ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER dose_ranges_content_scopes_after_update AFTER UPDATE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER dose_ranges_content_scopes_after_delete AFTER DELETE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'dose-ranges') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER foods_content_scopes_after_insert AFTER INSERT ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'foods') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER foods_content_scopes_after_update AFTER UPDATE ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'foods') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER foods_content_scopes_after_delete AFTER DELETE ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'foods') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interactions_content_scopes_after_insert AFTER INSERT ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interactions_content_scopes_after_update AFTER UPDATE ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interactions_content_scopes_after_delete AFTER DELETE ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_examples_content_scopes_after_insert AFTER INSERT ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = NEW.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_examples_content_scopes_after_update AFTER UPDATE ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = OLD.interaction_id) AS scope UNION SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = NEW.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_examples_content_scopes_after_delete AFTER DELETE ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = OLD.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_aliases_content_scopes_after_insert AFTER INSERT ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = NEW.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_aliases_content_scopes_after_update AFTER UPDATE ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = OLD.interaction_id) AS scope UNION SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = NEW.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER interaction_aliases_content_scopes_after_delete AFTER DELETE ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM interactions WHERE id = OLD.interaction_id) AS scope UNION SELECT 'articles' UNION SELECT 'interactions') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER side_effects_content_scopes_after_insert AFTER INSERT ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'side-effects') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER side_effects_content_scopes_after_update AFTER UPDATE ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'side-effects') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER side_effects_content_scopes_after_delete AFTER DELETE ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'side-effects') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedies_content_scopes_after_insert AFTER INSERT ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedies_content_scopes_after_update AFTER UPDATE ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedies_content_scopes_after_delete AFTER DELETE ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedy_examples_content_scopes_after_insert AFTER INSERT ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM remedies WHERE id = NEW.remedy_id) AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedy_examples_content_scopes_after_update AFTER UPDATE ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM remedies WHERE id = OLD.remedy_id) AS scope UNION SELECT 'article:' || (SELECT article_id FROM remedies WHERE id = NEW.remedy_id) AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER remedy_examples_content_scopes_after_delete AFTER DELETE ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || (SELECT article_id FROM remedies WHERE id = OLD.remedy_id) AS scope UNION SELECT 'articles' UNION SELECT 'remedies') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sources_content_scopes_after_insert AFTER INSERT ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || article_id AS scope FROM (SELECT article_id FROM article_sources WHERE source_id = NEW.id
        UNION SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.source_id = NEW.id
        UNION SELECT article_id FROM dose_ranges WHERE source_id = NEW.id UNION SELECT article_id FROM foods WHERE source_id = NEW.id
        UNION SELECT article_id FROM interactions WHERE source_id = NEW.id UNION SELECT article_id FROM side_effects WHERE source_id = NEW.id
        UNION SELECT article_id FROM remedies WHERE source_id = NEW.id) UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sources_content_scopes_after_update AFTER UPDATE ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || article_id AS scope FROM (SELECT article_id FROM article_sources WHERE source_id = OLD.id
        UNION SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.source_id = OLD.id
        UNION SELECT article_id FROM dose_ranges WHERE source_id = OLD.id UNION SELECT article_id FROM foods WHERE source_id = OLD.id
        UNION SELECT article_id FROM interactions WHERE source_id = OLD.id UNION SELECT article_id FROM side_effects WHERE source_id = OLD.id
        UNION SELECT article_id FROM remedies WHERE source_id = OLD.id) UNION SELECT 'article:' || article_id AS scope FROM (SELECT article_id FROM article_sources WHERE source_id = NEW.id
        UNION SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.source_id = NEW.id
        UNION SELECT article_id FROM dose_ranges WHERE source_id = NEW.id UNION SELECT article_id FROM foods WHERE source_id = NEW.id
        UNION SELECT article_id FROM interactions WHERE source_id = NEW.id UNION SELECT article_id FROM side_effects WHERE source_id = NEW.id
        UNION SELECT article_id FROM remedies WHERE source_id = NEW.id) UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER sources_content_scopes_after_delete AFTER DELETE ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || article_id AS scope FROM (SELECT article_id FROM article_sources WHERE source_id = OLD.id
        UNION SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.source_id = OLD.id
        UNION SELECT article_id FROM dose_ranges WHERE source_id = OLD.id UNION SELECT article_id FROM foods WHERE source_id = OLD.id
        UNION SELECT article_id FROM interactions WHERE source_id = OLD.id UNION SELECT article_id FROM side_effects WHERE source_id = OLD.id
        UNION SELECT article_id FROM remedies WHERE source_id = OLD.id) UNION SELECT 'articles' UNION SELECT 'dose-ranges' UNION SELECT 'foods' UNION SELECT 'interactions' UNION SELECT 'side-effects' UNION SELECT 'remedies' UNION SELECT 'sources') AS s
    WHERE c.id = 1 AND s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

