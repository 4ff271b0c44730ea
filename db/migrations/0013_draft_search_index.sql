-- Drafts for preview search (issue 13): what search_documents leaves out, the articles that are not published and their
-- sections, in an FTS5 table of their own with the same columns, tokenizer, prefixes and rowids. Public search never
-- reads it (search_index and its SQL are unchanged); a preview (?preview=true, content:preview) searches both. Its
-- triggers mirror those of 0003 and touch only this table, so they are independent of the order triggers fire in.
CREATE VIRTUAL TABLE draft_search_index USING fts5 (
    title,
    body,
    type UNINDEXED,
    resource_id UNINDEXED,
    article_slug UNINDEXED,
    anchor UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '3 4 5 6 7 8'
);

CREATE VIEW draft_search_documents AS
SELECT 1 * 1000000000000 + a.id AS doc_id, 'article' AS type, a.id AS resource_id, a.title AS title,
       a.summary || ' ' || a.category AS body, a.slug AS article_slug, NULL AS anchor
FROM articles a WHERE a.status <> 'published'
UNION ALL
SELECT 2 * 1000000000000 + sec.id, 'section', sec.id, sec.heading,
       coalesce((SELECT group_concat(coalesce(b.text, '') || ' ' ||
                        coalesce((SELECT group_concat(i.text, ' ') FROM block_items i WHERE i.block_id = b.id), ''), ' ')
                 FROM blocks b WHERE b.section_id = sec.id), ''),
       a.slug, sec.anchor_key
FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.status <> 'published';

CREATE TRIGGER articles_draft_search_after_insert AFTER INSERT ON articles BEGIN
    DELETE FROM draft_search_index WHERE rowid = 1 * 1000000000000 + (NEW.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'article' AND resource_id = (NEW.id);
    DELETE FROM draft_search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (NEW.id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (NEW.id));
END;

CREATE TRIGGER articles_draft_search_after_update AFTER UPDATE ON articles BEGIN
    DELETE FROM draft_search_index WHERE rowid = 1 * 1000000000000 + (OLD.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'article' AND resource_id = (OLD.id);
    DELETE FROM draft_search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (OLD.id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (OLD.id));
    DELETE FROM draft_search_index WHERE rowid = 1 * 1000000000000 + (NEW.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'article' AND resource_id = (NEW.id);
    DELETE FROM draft_search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (NEW.id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (NEW.id));
END;

CREATE TRIGGER articles_draft_search_after_delete AFTER DELETE ON articles BEGIN
    DELETE FROM draft_search_index WHERE rowid = 1 * 1000000000000 + (OLD.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'article' AND resource_id = (OLD.id);
    DELETE FROM draft_search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (OLD.id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (OLD.id));
END;

CREATE TRIGGER sections_draft_search_after_insert AFTER INSERT ON sections BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.id);
END;

CREATE TRIGGER sections_draft_search_after_update AFTER UPDATE ON sections BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.id);
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.id);
END;

CREATE TRIGGER sections_draft_search_after_delete AFTER DELETE ON sections BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.id);
END;

CREATE TRIGGER blocks_draft_search_after_insert AFTER INSERT ON blocks BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_draft_search_after_update AFTER UPDATE ON blocks BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_draft_search_after_delete AFTER DELETE ON blocks BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
END;

CREATE TRIGGER block_items_draft_search_after_insert AFTER INSERT ON block_items BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_draft_search_after_update AFTER UPDATE ON block_items BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_draft_search_after_delete AFTER DELETE ON block_items BEGIN
    DELETE FROM draft_search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
END;


INSERT INTO draft_search_index (rowid, title, body, type, resource_id, article_slug, anchor)
    SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM draft_search_documents;
