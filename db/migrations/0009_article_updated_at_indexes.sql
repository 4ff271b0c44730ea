-- Every uncached article read computes the article's updatedAt: the newest updated_at of its own row and of five
-- child tables (ArticleSql.ContentUpdatedAt). With (article_id, updated_at) each max() is one index seek; with
-- article_id alone it visited every child row (about 90 rows for the magnesium article, 40% of the article row's cost).
DROP INDEX ix_dose_ranges_article;
CREATE INDEX ix_dose_ranges_article ON dose_ranges (article_id, updated_at);
DROP INDEX ix_interactions_article;
CREATE INDEX ix_interactions_article ON interactions (article_id, updated_at);
CREATE INDEX ix_foods_article_updated_at ON foods (article_id, updated_at);
CREATE INDEX ix_side_effects_article_updated_at ON side_effects (article_id, updated_at);
CREATE INDEX ix_remedies_article_updated_at ON remedies (article_id, updated_at);
