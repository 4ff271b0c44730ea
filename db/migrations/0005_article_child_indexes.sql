-- The article aggregate and its Last-Modified read every child table by article_id. Without these indexes
-- each read scans the whole table, which the 10,000-article benchmark showed (220,000 foods per scan).
CREATE INDEX ix_dose_ranges_article ON dose_ranges (article_id);
CREATE INDEX ix_foods_article ON foods (article_id, amount_mg);
CREATE INDEX ix_interactions_article ON interactions (article_id);
CREATE INDEX ix_side_effects_article ON side_effects (article_id, position);
CREATE INDEX ix_remedies_article ON remedies (article_id, position);

-- Last-Modified of the food list is max(updated_at); an index makes it a seek instead of a scan.
CREATE INDEX ix_foods_updated_at ON foods (updated_at);
