-- Bench only, never seeded: fills a copy of the database with 10,000 synthetic articles of the same shape as
-- article 1 (sections, blocks, list items and foods), for the scale scenarios. run.sh drops the triggers first
-- and rebuilds the search index once at the end, which is much faster than per-row maintenance.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO articles (id, slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                      status, published_at, updated_at, last_reviewed_at, next_review_at, disclaimer, version)
SELECT 1 + i, 'synthetic-article-' || i, 'Synthetic article ' || i, a.summary, a.category, a.hero_image_url, a.hero_image_alt,
       a.hero_image_width, a.hero_image_height, 'published', a.published_at, a.updated_at, a.last_reviewed_at, a.next_review_at,
       a.disclaimer, 1
FROM n, articles a WHERE a.id = 1;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO sections (id, article_id, position, anchor_key, heading)
SELECT (1 + i) * 100 + s.id, 1 + i, s.position, s.anchor_key, s.heading FROM n, sections s WHERE s.article_id = 1;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO blocks (id, section_id, position, kind, text, list_style, source_id)
SELECT (1 + i) * 1000 + b.id, (1 + i) * 100 + b.section_id, b.position, b.kind, b.text, b.list_style, b.source_id
FROM n, blocks b JOIN sections s ON s.id = b.section_id WHERE s.article_id = 1;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO block_items (block_id, position, text)
SELECT (1 + i) * 1000 + x.block_id, x.position, x.text
FROM n, block_items x JOIN blocks b ON b.id = x.block_id JOIN sections s ON s.id = b.section_id WHERE s.article_id = 1;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, amount_max_mg, percent_daily_value, source_id, updated_at)
SELECT 1 + i, f.name || ' (synthetic ' || i || ')', f.serving, f.nutrient, f.amount_mg, f.amount_max_mg, f.percent_daily_value,
       f.source_id, f.updated_at
FROM n, foods f WHERE f.article_id = 1;

DELETE FROM search_index;
INSERT INTO search_index (rowid, title, body, type, resource_id, article_slug, anchor)
    SELECT doc_id, title, body, type, resource_id, article_slug, anchor FROM search_documents;
UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
