-- Names people type for a medicine or condition (generic, brand, class), so an interaction check can
-- match "Cipro", "ciprofloxacin" and "quinolone antibiotic" to the same entry. Matching normalises case,
-- accents, punctuation and plurals in the application, so aliases are stored as written.
CREATE TABLE interaction_aliases (
    id             INTEGER PRIMARY KEY,
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    alias          TEXT    NOT NULL,
    alias_type     TEXT    NOT NULL CHECK (alias_type IN ('generic', 'brand', 'class', 'condition')),
    UNIQUE (interaction_id, alias)
);
CREATE INDEX ix_interaction_aliases_interaction ON interaction_aliases (interaction_id);

-- Which substance an interaction is with, so a second substance's interactions need no schema change.
ALTER TABLE interactions ADD COLUMN substance TEXT NULL;
