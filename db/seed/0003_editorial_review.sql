-- Editorial review of "Magnesium for Restless Legs" (issue 8): every source key now backs the claim it sits on
-- (facts.md §0, "a citation must support its sentence"). Claims that only verification aids back are dropped,
-- or worded as the original article's claim and credited to [HL], or kept as this article's own advice with no
-- source key. The body is rewritten in new words and a new structure, with a "When to see a doctor" section.
-- docs/content.md explains which source backs each kind of claim.
--
-- Runs after seeds 0001 and 0002 on both a fresh and an already-seeded database, so both end the same.

-- Sources ------------------------------------------------------------------------------------------------------

-- [HL]'s exact title is unconfirmed: describe it instead of inventing one.
UPDATE sources SET title = 'Article on magnesium and restless legs syndrome (exact title unconfirmed)', updated_at = '2026-11-25T00:00:00Z'
WHERE key = 'HL';

-- The label search URL had raw double quotes; percent-encode them so the address is valid as written.
UPDATE sources SET url = 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Magnesium+Oxide%22', updated_at = '2026-11-25T00:00:00Z'
WHERE key = 'FDA-LABEL';

-- New authoritative sources (facts.md §4.4, §8). LIAMIS2021's volume and pages are unverified, so not given.
INSERT INTO sources (id, key, title, publisher, url, citation, updated_at) VALUES
 (13, 'FDA-PPI', 'FDA Drug Safety Communication: Low magnesium levels can be associated with long-term use of Proton Pump Inhibitor drugs (PPIs)',
  'U.S. Food and Drug Administration', 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-low-magnesium-levels-can-be-associated-long-term-use-proton-pump',
  'U.S. Food and Drug Administration. Drug Safety Communication, 2 March 2011.', '2026-11-25T00:00:00Z'),
 (14, 'LIAMIS2021', 'An overview of diagnosis and management of drug-induced hypomagnesemia', 'Pharmacology Research & Perspectives',
  'https://doi.org/10.1002/prp2.829', 'Liamis G, Hoorn EJ, Florentin M, Milionis H. Pharmacol Res Perspect 2021. doi:10.1002/prp2.829.', '2026-11-25T00:00:00Z');

-- Article ------------------------------------------------------------------------------------------------------

UPDATE articles SET
    summary = 'Whether magnesium can ease restless legs syndrome, how much is safe to take, which foods provide it, which medicines and conditions call for caution, and when to see a doctor.',
    updated_at = '2026-11-25T00:00:00Z',
    last_reviewed_at = '2026-11-25T00:00:00Z',
    next_review_at = '2027-11-25T00:00:00Z',
    version = version + 1
WHERE id = 1;

-- Body: replaced as a whole. Section and block ids are internal; sections are addressed by anchor key, and the
-- anchors that related articles point at (can-magnesium-help-treat-rls, severe-side-effects, potential-risks) stay.
DELETE FROM block_items WHERE block_id IN (SELECT b.id FROM blocks b JOIN sections s ON s.id = b.section_id WHERE s.article_id = 1);
DELETE FROM blocks WHERE section_id IN (SELECT id FROM sections WHERE article_id = 1);
DELETE FROM sections WHERE article_id = 1;

INSERT INTO sections (id, article_id, position, anchor_key, heading) VALUES
 (1, 1, 1, 'what-is-restless-legs-syndrome', 'What is restless legs syndrome?'),
 (2, 1, 2, 'what-magnesium-does', 'What does magnesium do in the body?'),
 (3, 1, 3, 'can-magnesium-help-treat-rls', 'Can magnesium help treat RLS?'),
 (4, 1, 4, 'side-effects', 'Side effects'),
 (5, 1, 5, 'severe-side-effects', 'Severe side effects'),
 (6, 1, 6, 'forms-and-doses', 'Forms and doses'),
 (7, 1, 7, 'foods-with-magnesium', 'Foods with magnesium'),
 (8, 1, 8, 'potential-risks', 'Potential risks'),
 (9, 1, 9, 'medicines-that-interact', 'Medicines that interact with magnesium'),
 (10, 1, 10, 'other-remedies-for-rls', 'Other remedies for RLS'),
 (11, 1, 11, 'conventional-rls-treatments', 'Conventional RLS treatments'),
 (12, 1, 12, 'when-to-see-a-doctor', 'When to see a doctor'),
 (13, 1, 13, 'takeaway', 'Takeaway');

-- Source ids: 1 HL, 2 ODS, 3 ODS-C, 4 HORNYAK, 5 COMELLA, 6 AAN, 7 ALLEN2011, 8 DAVIES1993, 9 MURDOCH1993, 10 MAYO,
-- 11 FDA-LABEL, 12 DRUGS-PREG, 13 FDA-PPI, 14 LIAMIS2021. NULL: this article's own advice, resting on no source.
INSERT INTO blocks (id, section_id, position, kind, text, list_style, source_id) VALUES
 (1, 1, 1, 'paragraph', 'Restless legs syndrome (RLS) is a disorder of the nervous system that is at its worst when you try to rest. Sitting or lying down can bring on a strong urge to move the legs, often with aching, throbbing or other unpleasant feelings, so RLS can seriously disrupt sleep.', NULL, 1),
 (2, 1, 2, 'paragraph', 'RLS is also known as Willis-Ekbom disease.', NULL, 10),

 (3, 2, 1, 'paragraph', 'Magnesium is a natural mineral that the body needs in order to work properly. It helps regulate many biochemical reactions, including those behind nerve and muscle function and a healthy immune system. Without enough of it, nerve signals and muscle contractions can go wrong, and muscle cramps can follow.', NULL, 1),

 (4, 3, 1, 'paragraph', 'The original Healthline article says early research links some cases of RLS to magnesium deficiency (too little magnesium in the body) and suggests that supplements may ease the symptoms. That is why magnesium is often tried as a natural or alternative remedy, especially when a deficiency is suspected.', NULL, 1),
 (5, 3, 2, 'paragraph', 'The article''s explanation is that magnesium helps muscles relax by blocking calcium, which switches nerves on. When magnesium is low, calcium goes unchecked, so nerves can become overactive and set off muscle contractions.', NULL, 1),
 (6, 3, 3, 'paragraph', 'The study that matches these claims was a small pilot study from 1998: it followed 10 patients and had no placebo group for comparison. Each evening for 4 to 6 weeks, the patients took about 301 mg of magnesium. Afterward they spent more of their time in bed asleep (85% of it, up from 75%), and leg movements that roused them from sleep fell from 17 to 7 an hour. The researchers called magnesium a possibly useful alternative therapy for mild to moderate RLS and asked for trials with a placebo group.', NULL, 4),
 (7, 3, 4, 'paragraph', 'The original article suggests that magnesium is most likely to help when a shortage of it is part of the cause.', NULL, 1),
 (8, 3, 5, 'paragraph', 'Because the evidence is this thin, it is best to think of magnesium as something that may help, not as a proven treatment for RLS.', NULL, NULL),

 (9, 4, 1, 'list', 'The most common side effect of magnesium supplements is an upset stomach. Others include:', 'bulleted', 1),
 (10, 4, 2, 'paragraph', 'Lowering the dose may make these side effects milder.', NULL, 1),

 (11, 5, 1, 'paragraph', 'High doses of magnesium are not safe. Magnesium that builds up in the body can cause confusion and, in severe cases, coma or death.', NULL, 1),
 (12, 5, 2, 'list', 'The NIH Office of Dietary Supplements lists these signs of magnesium toxicity, roughly in the order they appear as the level in the blood rises:', 'bulleted', 2),

 (13, 6, 1, 'paragraph', 'Magnesium supplements come in many forms and strengths. In supplements taken by mouth, magnesium oxide is the most common form.', NULL, 1),
 (14, 6, 2, 'paragraph', 'Labels give the amount of elemental magnesium, meaning the magnesium itself rather than the whole compound. A 400 mg tablet of magnesium oxide, for example, provides 241.3 mg of magnesium.', NULL, 11),
 (15, 6, 3, 'paragraph', 'The body absorbs some forms more easily than others. The NIH consumer fact sheet names magnesium citrate, chloride, aspartate and lactate among the better-absorbed forms.', NULL, 3),
 (16, 6, 4, 'paragraph', 'The recommended dietary allowance for adults is 310 to 420 mg a day, depending on age and sex, and it counts magnesium from food and supplements together. Supplements and medicines such as antacids and laxatives have their own upper limit, and food does not count toward it. That limit is 65 mg a day for children aged 1 to 3, 110 mg for children aged 4 to 8, and 350 mg from age 9, including during pregnancy and breastfeeding. No upper limit is set for babies under 12 months: their magnesium should come only from breast milk, formula and food.', NULL, 2),
 (17, 6, 5, 'paragraph', 'Stay within these limits unless a doctor advises otherwise, and ask a health professional what dose is right for you.', NULL, NULL),
 (18, 6, 6, 'paragraph', 'Magnesium sulfate can also be given directly into a vein (intravenously), but for RLS an oral supplement would normally be used instead.', NULL, 1),

 (19, 7, 1, 'list', 'Eating more magnesium-rich foods is another way to raise your intake. Good choices include:', 'bulleted', 1),
 (20, 7, 2, 'list', 'Many everyday foods also supply magnesium, including:', 'bulleted', 2),

 (21, 8, 1, 'paragraph', 'According to the original article, magnesium is safe for most people, especially when it comes from food or from supplements taken by mouth. The article also names some groups who need to take more care.', NULL, 1),
 (22, 8, 2, 'paragraph', 'It says people with any kidney problem, including kidney failure, should not take magnesium, and it warns that magnesium building up in the body can be dangerous.', NULL, 1),
 (23, 8, 3, 'paragraph', 'People with a bleeding disorder should talk to a doctor before taking magnesium, the article advises, because it may slow blood clotting and raise the risk of bleeding.', NULL, 1),
 (24, 8, 4, 'paragraph', 'The article also cautions that magnesium given intravenously may not be safe during pregnancy or breastfeeding.', NULL, 1),
 (25, 8, 5, 'paragraph', 'During pregnancy, intravenous magnesium sulfate given for more than 5 to 7 days can lower the baby''s calcium level and cause bone problems.', NULL, 12),
 (26, 8, 6, 'paragraph', 'For magnesium taken by mouth, the upper limit in pregnancy and while breastfeeding is the same as for other adults: 350 mg a day from supplements and medicines.', NULL, 2),

 (27, 9, 1, 'list', 'Magnesium can reduce how much of some medicines the body absorbs. Keep these medicines and magnesium apart as follows:', 'bulleted', 2),
 (28, 9, 2, 'paragraph', 'These interactions apply to the magnesium in antacids and laxatives, too, not only to supplements.', NULL, 3),
 (29, 9, 3, 'list', 'Some medicines can lower the amount of magnesium in the body. If you take one of these, ask your doctor whether your magnesium level should be checked:', 'bulleted', 14),
 (30, 9, 4, 'paragraph', 'The U.S. Food and Drug Administration has warned that prescription PPIs taken for a long time can cause low magnesium. Cases were reported after as little as 3 months, but most followed more than a year of use. In about a quarter of the cases the FDA reviewed, magnesium supplements alone did not correct the problem and the PPI had to be stopped. Doctors may check magnesium levels before long-term treatment and from time to time during it, especially in people who also take digoxin or diuretics. Over-the-counter PPIs used as the label directs carry very little risk.', NULL, 13),
 (31, 9, 5, 'paragraph', 'Potassium-sparing diuretics, such as amiloride and spironolactone, work the other way: they reduce the amount of magnesium the body loses.', NULL, 9),
 (32, 9, 6, 'paragraph', 'These diuretics tend to raise magnesium levels, so ask a doctor before adding a magnesium supplement to one of them.', NULL, 8),

 (33, 10, 1, 'paragraph', 'Magnesium is not the only natural or alternative approach: the original article says several others can also bring relief.', NULL, 1),
 (34, 10, 2, 'list', 'These everyday habits are simple to try alongside any treatment:', 'bulleted', NULL),
 (35, 10, 3, 'paragraph', 'Iron can help too, but only when a blood test shows that your iron is low, and it should be taken only under medical supervision.', NULL, 10),

 (36, 11, 1, 'list', 'Doctors can prescribe several types of medicine for RLS, including:', 'bulleted', 10),
 (37, 11, 2, 'paragraph', 'Ropinirole, pramipexole and rotigotine are approved by the FDA for moderate to severe RLS, and they can cause nausea, light-headedness and tiredness. Opioids can relieve mild to severe symptoms, but they can be addictive, especially at high doses, and so can some sleep medicines.', NULL, 10),
 (38, 11, 3, 'paragraph', 'Muscle relaxants and sleep medicines, such as clonazepam, help with sleep but not with the leg sensations, and they can cause drowsiness during the day, so they are usually a last resort. The anti-seizure medicines can cause sleepiness and dizziness, but they are not known to cause augmentation.', NULL, 5),
 (39, 11, 4, 'paragraph', 'Augmentation is a risk with dopaminergic medicines: over time, symptoms start earlier in the day, grow stronger and may spread to the arms.', NULL, 5),
 (40, 11, 5, 'paragraph', 'In one community study of people taking these medicines, augmentation developed at a rate of about 8% a year.', NULL, 7),
 (41, 11, 6, 'paragraph', 'The American Academy of Neurology''s guideline for adults grades the evidence for each treatment, with level A the strongest. It gives level A to pramipexole, rotigotine, cabergoline and gabapentin enacarbil; level B to ropinirole, pregabalin and intravenous iron (ferric carboxymaltose); and level C to levodopa. Cabergoline is rarely used because of a risk of heart-valve problems.', NULL, 6),

 (42, 12, 1, 'list', 'Talk to a doctor or pharmacist before you start taking magnesium if:', 'bulleted', NULL),
 (43, 12, 2, 'paragraph', 'If magnesium alone does not relieve your symptoms, the original article advises making an appointment with a doctor to discuss other remedies and medicines.', NULL, 1),
 (44, 12, 3, 'paragraph', 'As a guide to how long to try it, the patients in the pilot study described above took magnesium for 4 to 6 weeks.', NULL, 4),
 (45, 12, 4, 'paragraph', 'See a doctor, too, if restless legs keep disturbing your sleep or daily life. A blood test can show whether your iron is low, which matters because iron should be taken only when it is low and under medical supervision, and a doctor can talk you through the prescription treatments described above.', NULL, 10),
 (46, 12, 5, 'list', 'Get urgent medical help if you notice signs that too much magnesium has built up, such as:', 'bulleted', 2),
 (47, 12, 6, 'paragraph', 'Confusion can be another sign of a magnesium buildup.', NULL, 1),
 (48, 12, 7, 'paragraph', 'Be especially alert to these signs if you have kidney disease or have taken large doses of laxatives or antacids that contain magnesium.', NULL, NULL),

 (49, 13, 1, 'paragraph', 'The original article concludes that a lack of magnesium can contribute to RLS and that a daily supplement may ease symptoms and improve sleep quality.', NULL, 1),
 (50, 13, 2, 'paragraph', 'The studies so far are too small to prove this. If you want to try magnesium, keep supplements within the upper limit for your age, and check with a doctor first if you have kidney disease, are pregnant or breastfeeding, or take other medicines.', NULL, NULL);

INSERT INTO block_items (block_id, position, text) VALUES
 (9, 1, 'Nausea'), (9, 2, 'Vomiting'), (9, 3, 'Diarrhea'), (9, 4, 'Abdominal cramping'),
 (12, 1, 'Nausea and vomiting'), (12, 2, 'Low blood pressure, which can become very low'), (12, 3, 'Flushing of the face'),
 (12, 4, 'Trouble passing urine (urine retention)'), (12, 5, 'The gut stops moving food along (ileus)'),
 (12, 6, 'Depression and lethargy'), (12, 7, 'Muscle weakness'), (12, 8, 'Difficulty breathing'),
 (12, 9, 'Irregular heartbeat'), (12, 10, 'Cardiac arrest (the heart stops beating)'),
 (19, 1, 'Dark leafy greens, such as chard, spinach and kale'), (19, 2, 'Nuts and seeds, including pumpkin and squash seeds'),
 (19, 3, 'Fatty fish, such as mackerel and salmon'),
 (20, 1, 'Whole grains, such as shredded wheat, oatmeal and brown rice'),
 (20, 2, 'Beans and soy foods, such as black beans, kidney beans, edamame and soymilk'),
 (20, 3, 'Peanuts and peanut butter'), (20, 4, 'Low-fat yogurt and milk'), (20, 5, 'Potatoes baked in their skins'),
 (20, 6, 'Bananas and raisins'),
 (27, 1, 'Oral bisphosphonates for osteoporosis, such as alendronate: take them at least 2 hours before or after magnesium'),
 (27, 2, 'Tetracycline antibiotics, such as doxycycline and minocycline: take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium'),
 (27, 3, 'Quinolone antibiotics, such as ciprofloxacin and levofloxacin: take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium'),
 (29, 1, 'Loop diuretics (water pills), such as furosemide and bumetanide, and thiazide diuretics, such as hydrochlorothiazide'),
 (29, 2, 'Aminoglycoside antibiotics, such as gentamicin, amikacin and tobramycin'),
 (29, 3, 'Proton pump inhibitors (PPIs), medicines that reduce stomach acid, such as omeprazole, esomeprazole, lansoprazole, pantoprazole, dexlansoprazole and rabeprazole'),
 (34, 1, 'Regular, moderate exercise, finished well before bedtime'), (34, 2, 'Stretching and massaging your legs'),
 (34, 3, 'A warm bath, or a warm or cool compress on your legs'), (34, 4, 'Cutting back on caffeine, alcohol and nicotine'),
 (34, 5, 'Going to bed and getting up at the same times every day'), (34, 6, 'Compression socks or leg wraps'),
 (34, 7, 'Relaxation, such as deep breathing or meditation'),
 (34, 8, 'Asking a doctor or pharmacist whether any of your medicines could be making RLS worse'),
 (36, 1, 'Dopaminergic medicines, also used for Parkinson''s disease: ropinirole, pramipexole, rotigotine (a skin patch) and carbidopa-levodopa'),
 (36, 2, 'Anti-seizure medicines known as alpha-2-delta ligands: gabapentin, gabapentin enacarbil and pregabalin'),
 (36, 3, 'Opioids, such as codeine, oxycodone, tramadol and hydrocodone'),
 (42, 1, 'You have kidney disease or any other kidney problem'), (42, 2, 'You are pregnant or breastfeeding'),
 (42, 3, 'You have a bleeding disorder'),
 (42, 4, 'You take any of the medicines listed above, because you may need to space your doses or have your magnesium level checked'),
 (46, 1, 'Muscle weakness'), (46, 2, 'Difficulty breathing'), (46, 3, 'Very low blood pressure'), (46, 4, 'Irregular heartbeat');

-- The article's source list, in order of first citation. Every served source is cited by at least one block or row.
DELETE FROM article_sources WHERE article_id = 1;
INSERT INTO article_sources (article_id, source_id, position) VALUES
 (1, 1, 1), (1, 10, 2), (1, 4, 3), (1, 2, 4), (1, 11, 5), (1, 3, 6), (1, 12, 7), (1, 14, 8), (1, 13, 9), (1, 9, 10),
 (1, 8, 11), (1, 5, 12), (1, 7, 13), (1, 6, 14);

-- Dose ranges ----------------------------------------------------------------------------------------------------

-- An infant's Adequate Intake comes from breast milk, formula and food: say so in the data, as the lookup's summary does.
UPDATE dose_ranges SET applies_to = 'breast-milk-formula-and-food',
    note = CASE WHEN age_min_months = 0
        THEN 'Adequate Intake for infants from birth to 6 months. Their magnesium should come only from breast milk, formula and food.'
        ELSE 'Adequate Intake for infants aged 7 to 12 months. Their magnesium should come only from breast milk, formula and food.' END,
    updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND substance = 'magnesium' AND kind = 'AI';

-- The upper level counts medicines too, not only supplements. "Set to avoid diarrhea" rests only on verification
-- aids (facts.md §5.2), so it is no longer stated under [ODS].
UPDATE dose_ranges SET form = 'supplements and medicines such as antacids and laxatives',
    note = CASE WHEN max_amount IS NULL THEN note ELSE 'Magnesium in food and water does not count toward this limit.' END,
    updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND substance = 'magnesium' AND kind = 'UL';

UPDATE dose_ranges SET form = 'supplements and medicines such as antacids and laxatives',
    note = 'This article''s guidance: from age 9, take no more than 350 mg a day of magnesium from supplements and medicines such as antacids and laxatives unless a clinician advises otherwise. Ask a health professional about the right dose for you.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND substance = 'magnesium' AND kind = 'guidance';

-- Interactions ---------------------------------------------------------------------------------------------------
-- Severity is this API's editorial grading (see InteractionResponse.Severity): major = do not take magnesium
-- supplements (or this form of magnesium) unless a doctor prescribes and supervises it; moderate = combine only
-- with a set precaution (spacing doses, or a clinician's check or monitoring); minor = no precaution beyond the
-- usual upper limit.

-- Spacing rows keep [ODS] (interaction timings are ODS's, §0); the "binds in the gut" detail rests on aids only.
UPDATE interactions SET mechanism = 'Magnesium can reduce how much of the antibiotic the body absorbs.', updated_at = '2026-11-25T00:00:00Z'
WHERE id IN (2, 3);

UPDATE interactions SET
    mechanism = 'These diuretics can lower magnesium levels by increasing the amount lost in urine.',
    guidance = 'Ask a clinician whether your magnesium level should be checked.',
    severity = 'moderate', source_id = 14, updated_at = '2026-11-25T00:00:00Z'
WHERE id = 4;

UPDATE interactions SET
    mechanism = 'These diuretics reduce the magnesium lost in urine and tend to raise magnesium levels.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE id = 5;

UPDATE interactions SET
    mechanism = 'Prescription PPIs taken for a long time can cause low magnesium levels. Cases were reported after as little as 3 months of use; most followed more than a year.',
    guidance = 'A clinician may check magnesium levels before long-term treatment and from time to time during it, especially if you also take digoxin or diuretics. In about a quarter of the cases the FDA reviewed, magnesium supplements alone did not correct low levels and the PPI had to be stopped. Over-the-counter PPIs used as the label directs carry very little risk.',
    source_id = 13, updated_at = '2026-11-25T00:00:00Z'
WHERE id = 6;

-- The kidney-clearance mechanism rests only on verification aids; what remains is the original article's advice.
UPDATE interactions SET
    mechanism = 'The original article advises against taking magnesium with any kidney problem, including kidney failure, and warns that magnesium building up in the body can be dangerous.',
    guidance = 'If you have kidney disease, take magnesium supplements only under a doctor''s care.',
    dose_caution = 1, updated_at = '2026-11-25T00:00:00Z'
WHERE id = 7;

UPDATE interactions SET
    mechanism = 'The original article says magnesium may slow blood clotting and raise the risk of bleeding.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE id = 8;

-- Row 9 now carries the original article's warning for pregnancy and breastfeeding; the pregnancy page's own
-- finding moves to row 12 under [DRUGS-PREG], so no row credits a pregnancy page with a breastfeeding claim.
UPDATE interactions SET
    name = 'Pregnancy or breastfeeding (intravenous magnesium)',
    mechanism = 'The original article warns that magnesium given intravenously may not be safe during pregnancy or breastfeeding.',
    guidance = 'Intravenous magnesium is for a doctor to decide on; it is not a home treatment for RLS.',
    source_id = 1, updated_at = '2026-11-25T00:00:00Z'
WHERE id = 9;

INSERT INTO interactions (id, article_id, kind, name, drug_class, mechanism, guidance, hours_before_magnesium, hours_after_magnesium,
                          hours_after_max, severity, source_id, updated_at, substance) VALUES
 (11, 1, 'medication', 'Aminoglycoside antibiotics', 'Aminoglycoside antibiotic',
  'These antibiotics can cause low magnesium levels.',
  'Ask a clinician whether your magnesium level should be checked during treatment.',
  NULL, NULL, NULL, 'moderate', 14, '2026-11-25T00:00:00Z', 'magnesium'),
 (12, 1, 'condition', 'Pregnancy (intravenous magnesium sulfate for more than 5 to 7 days)', NULL,
  'Given in pregnancy for more than 5 to 7 days, intravenous magnesium sulfate can cause low calcium levels and bone problems in the baby.',
  'Only a doctor should decide whether, and for how long, to give intravenous magnesium in pregnancy.',
  NULL, NULL, NULL, 'major', 12, '2026-11-25T00:00:00Z', 'magnesium');

INSERT INTO interaction_examples (interaction_id, position, generic_name) VALUES
 (6, 5, 'dexlansoprazole'), (6, 6, 'rabeprazole'),
 (11, 1, 'gentamicin'), (11, 2, 'amikacin'), (11, 3, 'tobramycin');

INSERT INTO interaction_aliases (interaction_id, alias, alias_type) VALUES
 (6, 'dexlansoprazole', 'generic'), (6, 'rabeprazole', 'generic'),
 (6, 'Dexilant', 'brand'), (6, 'AcipHex', 'brand'), (6, 'Zegerid', 'brand'),
 (11, 'gentamicin', 'generic'), (11, 'amikacin', 'generic'), (11, 'tobramycin', 'generic'),
 (11, 'Garamycin', 'brand'), (11, 'Tobi', 'brand'),
 (11, 'aminoglycoside', 'class'), (11, 'aminoglycoside antibiotic', 'class'),
 (9, 'breastfeeding', 'condition'), (9, 'breast-feeding', 'condition'), (9, 'nursing', 'condition'), (9, 'lactation', 'condition'),
 (10, 'breast-feeding', 'condition'),
 (12, 'pregnancy', 'condition'), (12, 'pregnant', 'condition');

-- Side effects ---------------------------------------------------------------------------------------------------

UPDATE side_effects SET description = 'Loose, watery stools.', updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND name = 'Diarrhea';

UPDATE side_effects SET description = 'This is the most common side effect, and a lower dose may help.', updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND name = 'Stomach upset';

UPDATE side_effects SET description = 'A sign of magnesium toxicity.', updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND name = 'Facial flushing';

-- Remedies -------------------------------------------------------------------------------------------------------

-- The article's own list of alternative remedies was lost from the seed; only verification aids back the
-- reconstructed items, so they are no longer served as rows credited to [HL]. The body keeps the harmless habits
-- as this article's own advice, without a source key. Iron stays: [MAYO] backs it.
DELETE FROM remedies WHERE article_id = 1 AND id IN (1, 2, 3, 4, 5, 6, 7, 9);

-- AAN's evidence levels were filed under [MAYO] and [COMELLA]; they now live in the prose under [AAN]. The
-- augmentation warning is [COMELLA]'s, not [MAYO]'s, and "sleep medicines can be addictive" is [MAYO]'s, not [COMELLA]'s.
UPDATE remedies SET evidence_level = NULL, augmentation_note = NULL,
    description = 'These medicines are also used for Parkinson''s disease. Ropinirole, pramipexole and rotigotine are FDA-approved for moderate to severe RLS. They can cause nausea, light-headedness and tiredness.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE id = 10;
UPDATE remedies SET evidence_level = NULL,
    description = 'They can cause sleepiness and dizziness, but they are not known to cause augmentation, in which symptoms start earlier in the day and grow stronger over time.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE id = 11;
UPDATE remedies SET dependence_note = NULL,
    description = 'These medicines help with sleep but not with the leg sensations, and they can cause daytime drowsiness, so they are usually a last resort.',
    updated_at = '2026-11-25T00:00:00Z'
WHERE id = 13;

-- Descriptions rewritten as whole sentences.
UPDATE remedies SET description = 'Take iron only if a blood test shows that your iron is low, and only under medical supervision.', updated_at = '2026-11-25T00:00:00Z' WHERE id = 8;
UPDATE remedies SET description = 'Opioids can relieve mild to severe symptoms.', updated_at = '2026-11-25T00:00:00Z' WHERE id = 12;
UPDATE remedies SET description = 'Iron is given into a vein (intravenously).', updated_at = '2026-11-25T00:00:00Z' WHERE id = 14;

UPDATE remedies SET position = CASE id WHEN 8 THEN 1 WHEN 10 THEN 2 WHEN 11 THEN 3 WHEN 12 THEN 4 WHEN 13 THEN 5 WHEN 14 THEN 6 END,
    updated_at = '2026-11-25T00:00:00Z'
WHERE article_id = 1 AND id IN (8, 10, 11, 12, 13, 14);
