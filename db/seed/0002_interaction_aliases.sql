-- The magnesium interactions, and the names people use for them (facts.md §4.4 and §4.5).
UPDATE interactions SET substance = 'magnesium' WHERE article_id = 1;

INSERT INTO interaction_aliases (interaction_id, alias, alias_type)
SELECT interaction_id, generic_name, 'generic' FROM interaction_examples;

INSERT INTO interaction_aliases (interaction_id, alias, alias_type) VALUES
 (1, 'Fosamax', 'brand'), (1, 'bisphosphonate', 'class'), (1, 'oral bisphosphonate', 'class'),
 (2, 'Vibramycin', 'brand'), (2, 'Doryx', 'brand'), (2, 'Declomycin', 'brand'), (2, 'Minocin', 'brand'),
 (2, 'tetracycline', 'class'), (2, 'tetracycline antibiotic', 'class'),
 (3, 'Cipro', 'brand'), (3, 'Levaquin', 'brand'),
 (3, 'quinolone', 'class'), (3, 'quinolone antibiotic', 'class'), (3, 'fluoroquinolone', 'class'), (3, 'fluoroquinolone antibiotic', 'class'),
 (4, 'Lasix', 'brand'), (4, 'Bumex', 'brand'), (4, 'Microzide', 'brand'),
 (4, 'loop diuretic', 'class'), (4, 'thiazide', 'class'), (4, 'thiazide diuretic', 'class'), (4, 'diuretic', 'class'), (4, 'water pill', 'class'),
 (5, 'Midamor', 'brand'), (5, 'Aldactone', 'brand'),
 (5, 'potassium-sparing diuretic', 'class'), (5, 'diuretic', 'class'), (5, 'water pill', 'class'),
 (6, 'Prilosec', 'brand'), (6, 'Nexium', 'brand'), (6, 'Prevacid', 'brand'), (6, 'Protonix', 'brand'),
 (6, 'proton pump inhibitor', 'class'), (6, 'PPI', 'class'),
 (7, 'kidney disease', 'condition'), (7, 'kidney failure', 'condition'), (7, 'kidney problems', 'condition'),
 (7, 'chronic kidney disease', 'condition'), (7, 'CKD', 'condition'), (7, 'renal failure', 'condition'), (7, 'renal impairment', 'condition'),
 (8, 'bleeding disorder', 'condition'), (8, 'bleeding problems', 'condition'),
 (9, 'pregnancy', 'condition'), (9, 'pregnant', 'condition'),
 (10, 'pregnancy', 'condition'), (10, 'pregnant', 'condition'), (10, 'breastfeeding', 'condition'), (10, 'lactation', 'condition'),
 (10, 'nursing', 'condition');
