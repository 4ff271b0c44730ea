-- Writing an article's body through the API deleted and reinserted its blocks and list items, and every one of those rows
-- rebuilt its whole section's search document (0003 and 0013's triggers): a body of n rows cost O(n^2), so one 750 KB
-- list held the write lock for minutes. While a row is in search_batch (one writer's transaction, which also removes it
-- before committing) the block and item triggers step aside, and the writer rebuilds each section it wrote once
-- (Editing/SearchBatch.cs). Every other writer — the seed scripts, an operator's SQL — has no row there and keeps the
-- triggers as they were. Section and article triggers are per section or article already and stay as they are.
CREATE TABLE search_batch (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

DROP TRIGGER IF EXISTS blocks_search_after_insert;
DROP TRIGGER IF EXISTS blocks_search_after_update;
DROP TRIGGER IF EXISTS blocks_search_after_delete;
DROP TRIGGER IF EXISTS block_items_search_after_insert;
DROP TRIGGER IF EXISTS block_items_search_after_update;
DROP TRIGGER IF EXISTS block_items_search_after_delete;
DROP TRIGGER IF EXISTS blocks_draft_search_after_insert;
DROP TRIGGER IF EXISTS blocks_draft_search_after_update;
DROP TRIGGER IF EXISTS blocks_draft_search_after_delete;
DROP TRIGGER IF EXISTS block_items_draft_search_after_insert;
DROP TRIGGER IF EXISTS block_items_draft_search_after_update;
DROP TRIGGER IF EXISTS block_items_draft_search_after_delete;

CREATE TRIGGER blocks_search_after_insert AFTER INSERT ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_search_after_update AFTER UPDATE ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_search_after_delete AFTER DELETE ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
END;

CREATE TRIGGER block_items_search_after_insert AFTER INSERT ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_search_after_update AFTER UPDATE ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_search_after_delete AFTER DELETE ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
END;

CREATE TRIGGER blocks_draft_search_after_insert AFTER INSERT ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_draft_search_after_update AFTER UPDATE ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_draft_search_after_delete AFTER DELETE ON blocks
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
END;

CREATE TRIGGER block_items_draft_search_after_insert AFTER INSERT ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_draft_search_after_update AFTER UPDATE ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_draft_search_after_delete AFTER DELETE ON block_items
WHEN NOT EXISTS (SELECT 1 FROM search_batch) BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
END;
