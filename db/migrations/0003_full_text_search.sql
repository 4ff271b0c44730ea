-- Full-text search over the content: article titles, section headings and their blocks, foods, interactions,
-- side effects and remedies. One FTS5 row per resource; rowid = type code * 10^12 + resource id, so a change
-- to any row re-indexes exactly its document. Triggers keep the index in step with every write.

CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    body,
    type UNINDEXED,
    resource_id UNINDEXED,
    article_slug UNINDEXED,
    anchor UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- What each resource contributes to the index. Only published articles (and their sections) are searchable.
CREATE VIEW search_documents AS
SELECT 1 * 1000000000000 + a.id AS doc_id, 'article' AS type, a.id AS resource_id, a.title AS title,
       a.summary || ' ' || a.category AS body, a.slug AS article_slug, NULL AS anchor
FROM articles a WHERE a.status = 'published'
UNION ALL
SELECT 2 * 1000000000000 + sec.id, 'section', sec.id, sec.heading,
       coalesce((SELECT group_concat(coalesce(b.text, '') || ' ' ||
                        coalesce((SELECT group_concat(i.text, ' ') FROM block_items i WHERE i.block_id = b.id), ''), ' ')
                 FROM blocks b WHERE b.section_id = sec.id), ''),
       a.slug, sec.anchor_key
FROM sections sec JOIN articles a ON a.id = sec.article_id WHERE a.status = 'published'
UNION ALL
SELECT 3 * 1000000000000 + f.id, 'food', f.id, f.name, f.serving || ' ' || f.nutrient, NULL, NULL
FROM foods f
UNION ALL
SELECT 4 * 1000000000000 + x.id, 'interaction', x.id, x.name,
       coalesce(x.drug_class, '') || ' ' || x.mechanism || ' ' || x.guidance || ' ' ||
       coalesce((SELECT group_concat(e.generic_name, ' ') FROM interaction_examples e WHERE e.interaction_id = x.id), '') || ' ' ||
       coalesce((SELECT group_concat(l.alias, ' ') FROM interaction_aliases l WHERE l.interaction_id = x.id), ''),
       NULL, NULL
FROM interactions x
UNION ALL
SELECT 5 * 1000000000000 + e.id, 'side-effect', e.id, e.name, e.description, NULL, NULL
FROM side_effects e
UNION ALL
SELECT 6 * 1000000000000 + r.id, 'remedy', r.id, r.name,
       r.description || ' ' || coalesce(r.evidence_level, '') || ' ' || coalesce(r.dependence_note, '') || ' ' ||
       coalesce(r.augmentation_note, '') || ' ' ||
       coalesce((SELECT group_concat(x.generic_name, ' ') FROM remedy_examples x WHERE x.remedy_id = r.id), ''),
       NULL, NULL
FROM remedies r;

CREATE TRIGGER articles_search_after_insert AFTER INSERT ON articles BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'article' AND resource_id = (NEW.id);
    DELETE FROM search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (NEW.id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (NEW.id));
END;

CREATE TRIGGER articles_search_after_update AFTER UPDATE ON articles BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'article' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (OLD.id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (OLD.id));
    DELETE FROM search_index WHERE rowid = 1 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'article' AND resource_id = (NEW.id);
    DELETE FROM search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (NEW.id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (NEW.id));
END;

CREATE TRIGGER articles_search_after_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'article' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid IN (SELECT 2 * 1000000000000 + id FROM sections WHERE article_id = (OLD.id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id IN (SELECT id FROM sections WHERE article_id = (OLD.id));
END;

CREATE TRIGGER sections_search_after_insert AFTER INSERT ON sections BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.id);
END;

CREATE TRIGGER sections_search_after_update AFTER UPDATE ON sections BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.id);
END;

CREATE TRIGGER sections_search_after_delete AFTER DELETE ON sections BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.id);
END;

CREATE TRIGGER blocks_search_after_insert AFTER INSERT ON blocks BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_search_after_update AFTER UPDATE ON blocks BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (NEW.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (NEW.section_id);
END;

CREATE TRIGGER blocks_search_after_delete AFTER DELETE ON blocks BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + (OLD.section_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = (OLD.section_id);
END;

CREATE TRIGGER block_items_search_after_insert AFTER INSERT ON block_items BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_search_after_update AFTER UPDATE ON block_items BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = NEW.block_id));
END;

CREATE TRIGGER block_items_search_after_delete AFTER DELETE ON block_items BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1000000000000 + ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'section' AND resource_id = ((SELECT section_id FROM blocks WHERE id = OLD.block_id));
END;

CREATE TRIGGER foods_search_after_insert AFTER INSERT ON foods BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'food' AND resource_id = (NEW.id);
END;

CREATE TRIGGER foods_search_after_update AFTER UPDATE ON foods BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'food' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid = 3 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'food' AND resource_id = (NEW.id);
END;

CREATE TRIGGER foods_search_after_delete AFTER DELETE ON foods BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'food' AND resource_id = (OLD.id);
END;

CREATE TRIGGER interactions_search_after_insert AFTER INSERT ON interactions BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.id);
END;

CREATE TRIGGER interactions_search_after_update AFTER UPDATE ON interactions BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.id);
END;

CREATE TRIGGER interactions_search_after_delete AFTER DELETE ON interactions BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.id);
END;

CREATE TRIGGER interaction_examples_search_after_insert AFTER INSERT ON interaction_examples BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.interaction_id);
END;

CREATE TRIGGER interaction_examples_search_after_update AFTER UPDATE ON interaction_examples BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.interaction_id);
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.interaction_id);
END;

CREATE TRIGGER interaction_examples_search_after_delete AFTER DELETE ON interaction_examples BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.interaction_id);
END;

CREATE TRIGGER interaction_aliases_search_after_insert AFTER INSERT ON interaction_aliases BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.interaction_id);
END;

CREATE TRIGGER interaction_aliases_search_after_update AFTER UPDATE ON interaction_aliases BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.interaction_id);
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (NEW.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (NEW.interaction_id);
END;

CREATE TRIGGER interaction_aliases_search_after_delete AFTER DELETE ON interaction_aliases BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1000000000000 + (OLD.interaction_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'interaction' AND resource_id = (OLD.interaction_id);
END;

CREATE TRIGGER side_effects_search_after_insert AFTER INSERT ON side_effects BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'side-effect' AND resource_id = (NEW.id);
END;

CREATE TRIGGER side_effects_search_after_update AFTER UPDATE ON side_effects BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'side-effect' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid = 5 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'side-effect' AND resource_id = (NEW.id);
END;

CREATE TRIGGER side_effects_search_after_delete AFTER DELETE ON side_effects BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'side-effect' AND resource_id = (OLD.id);
END;

CREATE TRIGGER remedies_search_after_insert AFTER INSERT ON remedies BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (NEW.id);
END;

CREATE TRIGGER remedies_search_after_update AFTER UPDATE ON remedies BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (OLD.id);
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (NEW.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (NEW.id);
END;

CREATE TRIGGER remedies_search_after_delete AFTER DELETE ON remedies BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (OLD.id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (OLD.id);
END;

CREATE TRIGGER remedy_examples_search_after_insert AFTER INSERT ON remedy_examples BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (NEW.remedy_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (NEW.remedy_id);
END;

CREATE TRIGGER remedy_examples_search_after_update AFTER UPDATE ON remedy_examples BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (OLD.remedy_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (OLD.remedy_id);
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (NEW.remedy_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (NEW.remedy_id);
END;

CREATE TRIGGER remedy_examples_search_after_delete AFTER DELETE ON remedy_examples BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1000000000000 + (OLD.remedy_id);
    INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
        SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents
        WHERE type = 'remedy' AND resource_id = (OLD.remedy_id);
END;

-- Index what is already there (a database seeded before this migration).
INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
    SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents;
