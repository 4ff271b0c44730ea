-- Content version and scope stamps (SQLite 0004, 0006, 0007, 0008, 0018). Every write to a content table bumps
-- content_state.version and stamps the scopes it touches in content_scopes, whatever the writer (the API, a seed, an
-- operator's SQL), so caches keyed on them can never serve a representation older than the data behind it. The row
-- lock UPDATE content_state takes is held until commit, so writers are serialised here as SQLite serialises them, and
-- stamps become visible in increasing version order.
--
-- SQLite needs one trigger body per table and event; here one PL/pgSQL function per shape of table serves all three
-- events (OLD is NULL on INSERT and NEW on DELETE, and a NULL scope is skipped, as SQLite's "scope IS NOT NULL").

-- SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): the repositories compare these strings, so the format is the same.
CREATE FUNCTION utc_now_text() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

INSERT INTO content_state (id, version, updated_at) VALUES (1, 1, utc_now_text());
INSERT INTO content_scopes (scope, version, updated_at)
SELECT scope, 1, utc_now_text()
FROM unnest(ARRAY['articles', 'dose-ranges', 'foods', 'interactions', 'side-effects', 'remedies', 'sources']) AS scope;

-- Bumps the version once and stamps every given scope with it.
CREATE FUNCTION stamp_content_scopes(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    new_version bigint;
    stamped_at  text;
BEGIN
    UPDATE content_state SET version = version + 1, updated_at = utc_now_text() WHERE id = 1
    RETURNING version, updated_at INTO new_version, stamped_at;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT DISTINCT s.scope, new_version, stamped_at FROM unnest(scopes) AS s (scope) WHERE s.scope IS NOT NULL
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;
$$;

-- The list scopes an article or a source can appear in.
CREATE FUNCTION every_list_scope() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['articles', 'dose-ranges', 'foods', 'interactions', 'side-effects', 'remedies', 'sources']
$$;

CREATE FUNCTION articles_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY['article:' || OLD.id, 'article:' || NEW.id] || every_list_scope());
    RETURN NULL;
END;
$$;

-- Rows with their own article_id column; TG_ARGV names the list scopes the table's rows appear in.
CREATE FUNCTION article_rows_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(
        ARRAY['article:' || (to_jsonb(OLD) ->> 'article_id'), 'article:' || (to_jsonb(NEW) ->> 'article_id')] || TG_ARGV::text[]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION blocks_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY[
        'article:' || (SELECT article_id FROM sections WHERE id = OLD.section_id),
        'article:' || (SELECT article_id FROM sections WHERE id = NEW.section_id),
        'articles',
        CASE WHEN OLD.source_id IS NOT NULL OR NEW.source_id IS NOT NULL THEN 'sources' END]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION block_items_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY[
        'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = OLD.block_id),
        'article:' || (SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.id = NEW.block_id),
        'articles']);
    RETURN NULL;
END;
$$;

CREATE FUNCTION interaction_children_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY[
        'article:' || (SELECT article_id FROM interactions WHERE id = OLD.interaction_id),
        'article:' || (SELECT article_id FROM interactions WHERE id = NEW.interaction_id),
        'articles', 'interactions']);
    RETURN NULL;
END;
$$;

CREATE FUNCTION remedy_examples_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY[
        'article:' || (SELECT article_id FROM remedies WHERE id = OLD.remedy_id),
        'article:' || (SELECT article_id FROM remedies WHERE id = NEW.remedy_id),
        'articles', 'remedies']);
    RETURN NULL;
END;
$$;

-- A source edit changes every article that cites it, wherever it is cited.
CREATE FUNCTION sources_content_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stamp_content_scopes(ARRAY(
        SELECT 'article:' || cited.article_id FROM (
            SELECT article_id FROM article_sources WHERE source_id IN (OLD.id, NEW.id)
            UNION SELECT sec.article_id FROM blocks b JOIN sections sec ON sec.id = b.section_id WHERE b.source_id IN (OLD.id, NEW.id)
            UNION SELECT article_id FROM dose_ranges WHERE source_id IN (OLD.id, NEW.id)
            UNION SELECT article_id FROM foods WHERE source_id IN (OLD.id, NEW.id)
            UNION SELECT article_id FROM interactions WHERE source_id IN (OLD.id, NEW.id)
            UNION SELECT article_id FROM side_effects WHERE source_id IN (OLD.id, NEW.id)
            UNION SELECT article_id FROM remedies WHERE source_id IN (OLD.id, NEW.id)) AS cited) || every_list_scope());
    RETURN NULL;
END;
$$;

CREATE TRIGGER articles_content_scopes AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_content_scopes();
CREATE TRIGGER sections_content_scopes AFTER INSERT OR UPDATE OR DELETE ON sections
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles');
CREATE TRIGGER blocks_content_scopes AFTER INSERT OR UPDATE OR DELETE ON blocks
    FOR EACH ROW EXECUTE FUNCTION blocks_content_scopes();
CREATE TRIGGER block_items_content_scopes AFTER INSERT OR UPDATE OR DELETE ON block_items
    FOR EACH ROW EXECUTE FUNCTION block_items_content_scopes();
CREATE TRIGGER related_articles_content_scopes AFTER INSERT OR UPDATE OR DELETE ON related_articles
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles');
CREATE TRIGGER article_sources_content_scopes AFTER INSERT OR UPDATE OR DELETE ON article_sources
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'sources');
CREATE TRIGGER article_conditions_content_scopes AFTER INSERT OR UPDATE OR DELETE ON article_conditions
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles');
CREATE TRIGGER dose_ranges_content_scopes AFTER INSERT OR UPDATE OR DELETE ON dose_ranges
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'dose-ranges');
CREATE TRIGGER foods_content_scopes AFTER INSERT OR UPDATE OR DELETE ON foods
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'foods');
CREATE TRIGGER interactions_content_scopes AFTER INSERT OR UPDATE OR DELETE ON interactions
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'interactions');
CREATE TRIGGER interaction_examples_content_scopes AFTER INSERT OR UPDATE OR DELETE ON interaction_examples
    FOR EACH ROW EXECUTE FUNCTION interaction_children_content_scopes();
CREATE TRIGGER interaction_aliases_content_scopes AFTER INSERT OR UPDATE OR DELETE ON interaction_aliases
    FOR EACH ROW EXECUTE FUNCTION interaction_children_content_scopes();
CREATE TRIGGER side_effects_content_scopes AFTER INSERT OR UPDATE OR DELETE ON side_effects
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'side-effects');
CREATE TRIGGER remedies_content_scopes AFTER INSERT OR UPDATE OR DELETE ON remedies
    FOR EACH ROW EXECUTE FUNCTION article_rows_content_scopes('articles', 'remedies');
CREATE TRIGGER remedy_examples_content_scopes AFTER INSERT OR UPDATE OR DELETE ON remedy_examples
    FOR EACH ROW EXECUTE FUNCTION remedy_examples_content_scopes();
CREATE TRIGGER sources_content_scopes AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION sources_content_scopes();

-- Comments change what the public reads only when one becomes, stops being or is changed while approved (SQLite 0018):
-- a pending, spam or rejected comment, and the purge of a client hash, stamp nothing.
CREATE TRIGGER comments_content_scopes_after_insert AFTER INSERT ON comments
    FOR EACH ROW WHEN (NEW.status = 'approved') EXECUTE FUNCTION article_rows_content_scopes('comments');
CREATE TRIGGER comments_content_scopes_after_update AFTER UPDATE ON comments
    FOR EACH ROW WHEN ((OLD.status = 'approved' OR NEW.status = 'approved')
        AND (OLD.status IS DISTINCT FROM NEW.status OR OLD.author_name IS DISTINCT FROM NEW.author_name
             OR OLD.website IS DISTINCT FROM NEW.website OR OLD.body IS DISTINCT FROM NEW.body
             OR OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.article_id IS DISTINCT FROM NEW.article_id))
    EXECUTE FUNCTION article_rows_content_scopes('comments');
CREATE TRIGGER comments_content_scopes_after_delete AFTER DELETE ON comments
    FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION article_rows_content_scopes('comments');
