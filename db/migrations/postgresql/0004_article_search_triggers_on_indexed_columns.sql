-- PostgreSQL twin of SQLite's 0020: an update of an article row re-indexes the article and its sections only when a
-- column the search documents read changed (id, slug, title, summary, category, status). Every write through the API
-- bumps the row's version and updated_at, and re-indexing the whole article for each one-block save held the write
-- lock for most of the write; the sections a write changes are re-indexed by the writer (Editing/SearchBatch.cs).
CREATE OR REPLACE FUNCTION articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.id, OLD.slug, OLD.title, OLD.summary, OLD.category, OLD.status)
                            IS NOT DISTINCT FROM (NEW.id, NEW.slug, NEW.title, NEW.summary, NEW.category, NEW.status) THEN
        RETURN NULL;
    END IF;
    PERFORM search_refresh('article', ARRAY[OLD.id, NEW.id]);
    PERFORM search_refresh('section', ARRAY(SELECT id FROM sections WHERE article_id IN (OLD.id, NEW.id)));
    RETURN NULL;
END;
$$;
