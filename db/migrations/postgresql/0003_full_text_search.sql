-- Full-text search (SQLite 0003, 0010, 0013, 0015). SQLite keeps two FTS5 tables; here they are plain tables with a
-- stored tsvector and a GIN index, filled from the same two views by the same kind of triggers: search_index holds
-- published articles, their sections, foods, interactions, side effects and remedies; draft_search_index what
-- search_documents leaves out (unpublished articles and their sections) for preview search. doc_id is FTS5's rowid:
-- type code * 10^12 + resource id (1 article, 2 section, 3 food, 4 interaction, 5 side effect, 6 remedy).
--
-- FTS5's tokenizer 'porter unicode61 remove_diacritics 2' becomes the content_search configuration: English stemming
-- (Snowball, a successor of Porter's) after unaccent. Title weighs A and body B, for ts_rank_cd. FTS5's prefix index
-- (0010) has no twin: a GIN index answers prefix queries (to_tsquery('sle:*')) itself.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION content_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION content_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE search_index (
    doc_id       bigint NOT NULL PRIMARY KEY,
    title        text   NOT NULL,
    body         text   NOT NULL,
    type         text   NOT NULL,
    resource_id  bigint NOT NULL,
    article_slug text   NULL,
    anchor       text   NULL,
    document     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('content_search'::regconfig, title), 'A') ||
        setweight(to_tsvector('content_search'::regconfig, body), 'B')) STORED
);
CREATE INDEX ix_search_index_document ON search_index USING gin (document);

-- The same columns, generated document and index.
CREATE TABLE draft_search_index (LIKE search_index INCLUDING ALL);

-- A section's text: its blocks in order, each with its list items in order.
CREATE FUNCTION section_search_body(section bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(coalesce(b.text, '') || ' ' ||
               coalesce((SELECT string_agg(i.text, ' ' ORDER BY i.position) FROM block_items i WHERE i.block_id = b.id), ''),
               ' ' ORDER BY b.position), '')
    FROM blocks b WHERE b.section_id = section
$$;

-- What each resource contributes to the public index. Only published articles (and their sections) are searchable.
CREATE VIEW search_documents AS
SELECT 1 * 1000000000000 + a.id AS doc_id, 'article' AS type, a.id AS resource_id, a.title AS title,
       a.summary || ' ' || a.category AS body, a.slug AS article_slug, NULL::text AS anchor
FROM articles a WHERE a.status = 'published'
UNION ALL
SELECT 2 * 1000000000000 + sec.id, 'section', sec.id, sec.heading, section_search_body(sec.id), a.slug, sec.anchor_key
FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.status = 'published'
UNION ALL
SELECT 3 * 1000000000000 + f.id, 'food', f.id, f.name, f.serving || ' ' || f.nutrient, NULL, NULL
FROM foods f
UNION ALL
SELECT 4 * 1000000000000 + x.id, 'interaction', x.id, x.name,
       coalesce(x.drug_class, '') || ' ' || x.mechanism || ' ' || x.guidance || ' ' ||
       coalesce((SELECT string_agg(e.generic_name, ' ' ORDER BY e.position) FROM interaction_examples e WHERE e.interaction_id = x.id), '') || ' ' ||
       coalesce((SELECT string_agg(l.alias, ' ' ORDER BY l.id) FROM interaction_aliases l WHERE l.interaction_id = x.id), ''),
       NULL, NULL
FROM interactions x
UNION ALL
SELECT 5 * 1000000000000 + e.id, 'side-effect', e.id, e.name, e.description, NULL, NULL
FROM side_effects e
UNION ALL
SELECT 6 * 1000000000000 + r.id, 'remedy', r.id, r.name,
       r.description || ' ' || coalesce(r.evidence_level, '') || ' ' || coalesce(r.dependence_note, '') || ' ' ||
       coalesce(r.augmentation_note, '') || ' ' ||
       coalesce((SELECT string_agg(x.generic_name, ' ' ORDER BY x.position) FROM remedy_examples x WHERE x.remedy_id = r.id), ''),
       NULL, NULL
FROM remedies r;

CREATE VIEW draft_search_documents AS
SELECT 1 * 1000000000000 + a.id AS doc_id, 'article' AS type, a.id AS resource_id, a.title AS title,
       a.summary || ' ' || a.category AS body, a.slug AS article_slug, NULL::text AS anchor
FROM articles a WHERE a.status <> 'published'
UNION ALL
SELECT 2 * 1000000000000 + sec.id, 'section', sec.id, sec.heading, section_search_body(sec.id), a.slug, sec.anchor_key
FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.status <> 'published';

-- Rebuilds the documents of one type for the given resources in both indexes: a resource that no longer exists, or is
-- not (or no longer) in an index's view, leaves that index. NULL ids are skipped.
CREATE FUNCTION search_refresh(doc_type text, ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    code constant bigint := CASE doc_type WHEN 'article' THEN 1 WHEN 'section' THEN 2 WHEN 'food' THEN 3
        WHEN 'interaction' THEN 4 WHEN 'side-effect' THEN 5 WHEN 'remedy' THEN 6 END;
BEGIN
    DELETE FROM search_index WHERE doc_id IN (SELECT code * 1000000000000 + id FROM unnest(ids) AS id);
    INSERT INTO search_index (doc_id, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = doc_type AND resource_id = ANY (ids);
    IF doc_type IN ('article', 'section') THEN
        DELETE FROM draft_search_index WHERE doc_id IN (SELECT code * 1000000000000 + id FROM unnest(ids) AS id);
        INSERT INTO draft_search_index (doc_id, title, body, type, resource_id, article_slug, anchor)
            SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
            WHERE type = doc_type AND resource_id = ANY (ids);
    END IF;
END;
$$;

-- An article's status decides whether it and its sections are public or draft documents.
CREATE FUNCTION articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_refresh('article', ARRAY[OLD.id, NEW.id]);
    PERFORM search_refresh('section', ARRAY(SELECT id FROM sections WHERE article_id IN (OLD.id, NEW.id)));
    RETURN NULL;
END;
$$;

-- Rows that are a document, or part of one, through a column of their own: TG_ARGV is the document type and the column
-- that holds its resource id.
CREATE FUNCTION document_rows_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_refresh(TG_ARGV[0],
        ARRAY[(to_jsonb(OLD) ->> TG_ARGV[1])::bigint, (to_jsonb(NEW) ->> TG_ARGV[1])::bigint]);
    RETURN NULL;
END;
$$;

-- A writer that holds a search_batch row rebuilds each section it wrote once (SQLite 0015); everyone else is kept
-- in step row by row.
CREATE FUNCTION blocks_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM search_batch) THEN
        PERFORM search_refresh('section', ARRAY[OLD.section_id, NEW.section_id]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION block_items_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM search_batch) THEN
        PERFORM search_refresh('section', ARRAY(SELECT section_id FROM blocks WHERE id IN (OLD.block_id, NEW.block_id)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER articles_search AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_search();
CREATE TRIGGER sections_search AFTER INSERT OR UPDATE OR DELETE ON sections
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('section', 'id');
CREATE TRIGGER blocks_search AFTER INSERT OR UPDATE OR DELETE ON blocks
    FOR EACH ROW EXECUTE FUNCTION blocks_search();
CREATE TRIGGER block_items_search AFTER INSERT OR UPDATE OR DELETE ON block_items
    FOR EACH ROW EXECUTE FUNCTION block_items_search();
CREATE TRIGGER foods_search AFTER INSERT OR UPDATE OR DELETE ON foods
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('food', 'id');
CREATE TRIGGER interactions_search AFTER INSERT OR UPDATE OR DELETE ON interactions
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('interaction', 'id');
CREATE TRIGGER interaction_examples_search AFTER INSERT OR UPDATE OR DELETE ON interaction_examples
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('interaction', 'interaction_id');
CREATE TRIGGER interaction_aliases_search AFTER INSERT OR UPDATE OR DELETE ON interaction_aliases
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('interaction', 'interaction_id');
CREATE TRIGGER side_effects_search AFTER INSERT OR UPDATE OR DELETE ON side_effects
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('side-effect', 'id');
CREATE TRIGGER remedies_search AFTER INSERT OR UPDATE OR DELETE ON remedies
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('remedy', 'id');
CREATE TRIGGER remedy_examples_search AFTER INSERT OR UPDATE OR DELETE ON remedy_examples
    FOR EACH ROW EXECUTE FUNCTION document_rows_search('remedy', 'remedy_id');
