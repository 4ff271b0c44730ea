-- One content version for the whole database. Every write to a content table bumps it, whatever the writer,
-- so caches and ETags keyed on it can never serve a representation older than the data behind it.
CREATE TABLE content_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL CHECK (version > 0),
    updated_at TEXT    NOT NULL
);
INSERT INTO content_state (id, version, updated_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Lists sort foods by amount without a nutrient filter; keep that a seek, not a sort of the whole table.
CREATE INDEX ix_foods_amount ON foods (amount_mg, id);

CREATE TRIGGER articles_content_version_after_insert AFTER INSERT ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER articles_content_version_after_update AFTER UPDATE ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER articles_content_version_after_delete AFTER DELETE ON articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sections_content_version_after_insert AFTER INSERT ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sections_content_version_after_update AFTER UPDATE ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sections_content_version_after_delete AFTER DELETE ON sections BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER blocks_content_version_after_insert AFTER INSERT ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER blocks_content_version_after_update AFTER UPDATE ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER blocks_content_version_after_delete AFTER DELETE ON blocks BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER block_items_content_version_after_insert AFTER INSERT ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER block_items_content_version_after_update AFTER UPDATE ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER block_items_content_version_after_delete AFTER DELETE ON block_items BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER foods_content_version_after_insert AFTER INSERT ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER foods_content_version_after_update AFTER UPDATE ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER foods_content_version_after_delete AFTER DELETE ON foods BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER dose_ranges_content_version_after_insert AFTER INSERT ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER dose_ranges_content_version_after_update AFTER UPDATE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER dose_ranges_content_version_after_delete AFTER DELETE ON dose_ranges BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interactions_content_version_after_insert AFTER INSERT ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interactions_content_version_after_update AFTER UPDATE ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interactions_content_version_after_delete AFTER DELETE ON interactions BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_examples_content_version_after_insert AFTER INSERT ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_examples_content_version_after_update AFTER UPDATE ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_examples_content_version_after_delete AFTER DELETE ON interaction_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_aliases_content_version_after_insert AFTER INSERT ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_aliases_content_version_after_update AFTER UPDATE ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER interaction_aliases_content_version_after_delete AFTER DELETE ON interaction_aliases BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER side_effects_content_version_after_insert AFTER INSERT ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER side_effects_content_version_after_update AFTER UPDATE ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER side_effects_content_version_after_delete AFTER DELETE ON side_effects BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedies_content_version_after_insert AFTER INSERT ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedies_content_version_after_update AFTER UPDATE ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedies_content_version_after_delete AFTER DELETE ON remedies BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedy_examples_content_version_after_insert AFTER INSERT ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedy_examples_content_version_after_update AFTER UPDATE ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER remedy_examples_content_version_after_delete AFTER DELETE ON remedy_examples BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER related_articles_content_version_after_insert AFTER INSERT ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER related_articles_content_version_after_update AFTER UPDATE ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER related_articles_content_version_after_delete AFTER DELETE ON related_articles BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sources_content_version_after_insert AFTER INSERT ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sources_content_version_after_update AFTER UPDATE ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER sources_content_version_after_delete AFTER DELETE ON sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER article_sources_content_version_after_insert AFTER INSERT ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER article_sources_content_version_after_update AFTER UPDATE ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER article_sources_content_version_after_delete AFTER DELETE ON article_sources BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;
