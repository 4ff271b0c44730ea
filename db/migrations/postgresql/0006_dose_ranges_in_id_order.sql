-- SQLite's 0021: the article reads its dose ranges in id order, which (article_id, updated_at) does not give.
CREATE INDEX ix_dose_ranges_article_id ON dose_ranges (article_id, id);
