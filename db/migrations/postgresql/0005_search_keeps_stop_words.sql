-- FTS5 indexes every word, but content_search (0003) stemmed with english_stem, which drops English stop words ("a",
-- "or", "the"): a query holding one matched on PostgreSQL by its other words alone, so more documents than on SQLite,
-- and a query of stop words only matched nothing. A Snowball dictionary without a stop-word list keeps them, for every
-- word type the configuration stems; the stored documents are then computed again with it.
CREATE TEXT SEARCH DICTIONARY english_stem_all_words (TEMPLATE = snowball, Language = english);

ALTER TEXT SEARCH CONFIGURATION content_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem_all_words;
ALTER TEXT SEARCH CONFIGURATION content_search
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem_all_words;

-- document is generated from title and body: writing a column recomputes it.
UPDATE search_index SET title = title;
UPDATE draft_search_index SET title = title;
