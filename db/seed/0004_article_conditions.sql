-- What "Magnesium for Restless Legs" is about: restless legs syndrome, also called Willis-Ekbom disease
-- (facts.md, corrected terms: [MAYO]).
INSERT INTO article_conditions (article_id, position, name, alternate_name, source_id)
SELECT a.id, 1, 'Restless legs syndrome', 'Willis-Ekbom disease', s.id
FROM articles a, sources s WHERE a.slug = 'magnesium-for-restless-legs' AND s.key = 'MAYO';
