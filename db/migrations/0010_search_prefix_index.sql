-- The last word of a search matches as a prefix (search-as-you-type). Without a prefix index FTS5 merges the match
-- lists of every word that starts with it, and ranking set that up again: "sleep" over 10,000 articles took 3 ms to
-- count and 8 ms to rank instead of 1 ms and 4 ms. The index holds prefixes of 3 to 8 characters (a query's prefix has
-- at least 3; longer words have few completions to merge). It is derived data: rebuilt here from search_documents.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    body,
    type UNINDEXED,
    resource_id UNINDEXED,
    article_slug UNINDEXED,
    anchor UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '3 4 5 6 7 8'
);

INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
    SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents;
