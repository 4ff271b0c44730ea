-- Seed: "Magnesium for Restless Legs". Every figure comes from shared/content/facts.md and cites
-- one of the sheet's servable sources (its section 0); prose is original wording.

INSERT INTO sources (id, key, title, publisher, url, citation, updated_at) VALUES
 (1, 'HL', 'Magnesium and restless legs syndrome (original article)', 'Healthline', 'https://www.healthline.com/health/restless-leg-syndrome/link-between-magnesium-and-rls', NULL, '2026-11-24T00:00:00Z'),
 (2, 'ODS', 'Magnesium: Fact Sheet for Health Professionals', 'NIH Office of Dietary Supplements', 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/', NULL, '2026-11-24T00:00:00Z'),
 (3, 'ODS-C', 'Magnesium: Fact Sheet for Consumers', 'NIH Office of Dietary Supplements', 'https://ods.od.nih.gov/factsheets/Magnesium-Consumer/', NULL, '2026-11-24T00:00:00Z'),
 (4, 'HORNYAK', 'Magnesium therapy for periodic leg movements-related insomnia and restless legs syndrome: an open pilot study', 'Sleep', 'https://doi.org/10.1093/sleep/21.5.501', 'Hornyak M, Voderholzer U, Hohagen F, Berger M, Riemann D. Sleep 1998;21(5):501-505. doi:10.1093/sleep/21.5.501. PMID 9703590.', '2026-11-24T00:00:00Z'),
 (5, 'COMELLA', 'Treatment of Restless Legs Syndrome', 'Neurotherapeutics', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3899490/', 'Comella CL. Neurotherapeutics 2014;11(1):177-187.', '2026-11-24T00:00:00Z'),
 (6, 'AAN', 'Practice guideline summary: Treatment of restless legs syndrome in adults', 'American Academy of Neurology', NULL, 'Winkelman JW, Armstrong MJ, Allen RP, et al. American Academy of Neurology practice guideline summary.', '2026-11-24T00:00:00Z'),
 (7, 'ALLEN2011', 'RLS augmentation associated with dopamine agonist and levodopa usage in a community sample', 'Sleep Medicine', 'https://pubmed.ncbi.nlm.nih.gov/21493132/', 'Sleep Med 2011;12(5):431-439.', '2026-11-24T00:00:00Z'),
 (8, 'DAVIES1993', 'Do diuretics cause magnesium deficiency?', 'British Journal of Clinical Pharmacology', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1364546', 'Davies DL, Fraser R. Br J Clin Pharmacol 1993;36(1):1-10. PMID 8373706.', '2026-11-24T00:00:00Z'),
 (9, 'MURDOCH1993', 'A comparison of the potassium and magnesium-sparing properties of amiloride and spironolactone in diuretic-treated normal subjects', 'British Journal of Clinical Pharmacology', 'https://pubmed.ncbi.nlm.nih.gov/8485017/', 'Murdoch DL, Forrest G, Davies DL, McInnes GT. Br J Clin Pharmacol 1993;35(4):373-378. PMID 8485017.', '2026-11-24T00:00:00Z'),
 (10, 'MAYO', 'Restless legs syndrome: treatments and drugs', 'Mayo Clinic', 'http://www.mayoclinic.org/diseases-conditions/restless-legs-syndrome/basics/treatment/con-20031101', NULL, '2026-11-24T00:00:00Z'),
 (11, 'FDA-LABEL', 'Drug label: magnesium oxide 400 mg', 'U.S. Food and Drug Administration (openFDA)', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:"Magnesium+Oxide"', NULL, '2026-11-24T00:00:00Z'),
 (12, 'DRUGS-PREG', 'Magnesium sulfate pregnancy warnings', 'Drugs.com', 'https://www.drugs.com/pregnancy/magnesium-sulfate.html', NULL, '2026-11-24T00:00:00Z');

INSERT INTO articles (id, slug, title, summary, category, hero_image_url, hero_image_alt, hero_image_width, hero_image_height,
                      status, published_at, updated_at, last_reviewed_at, next_review_at, disclaimer, version) VALUES
 (1, 'magnesium-for-restless-legs', 'Magnesium for Restless Legs',
  'Whether magnesium can ease restless legs syndrome, how much is safe to take, which foods provide it, and which medicines and conditions call for caution.',
  'Vitamins', '/media/magnesium-for-restless-legs.jpg', 'Magnesium supplement capsules beside a bowl of pumpkin seeds, almonds and spinach', 696, 496,
  'published', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z', '2027-11-24T00:00:00Z',
  'This article is health information, not medical advice. Talk to a doctor or pharmacist before you start taking magnesium, especially if you are pregnant or breastfeeding, have kidney disease or take other medicines.',
  1);

INSERT INTO article_sources (article_id, source_id, position) VALUES
 (1, 1, 1), (1, 2, 2), (1, 3, 3), (1, 4, 4), (1, 7, 5), (1, 5, 6), (1, 6, 7), (1, 10, 8), (1, 11, 9), (1, 12, 10), (1, 8, 11), (1, 9, 12);

INSERT INTO sections (id, article_id, position, anchor_key, heading) VALUES
 (1, 1, 1, 'what-is-restless-legs-syndrome', 'What is restless legs syndrome?'),
 (2, 1, 2, 'can-magnesium-help-treat-rls', 'Can magnesium help treat RLS?'),
 (3, 1, 3, 'side-effects', 'Side effects'),
 (4, 1, 4, 'severe-side-effects', 'Severe side effects'),
 (5, 1, 5, 'forms-and-doses', 'Forms and doses'),
 (6, 1, 6, 'foods-with-magnesium', 'Foods with magnesium'),
 (7, 1, 7, 'potential-risks', 'Potential risks'),
 (8, 1, 8, 'other-remedies-for-rls', 'Other remedies for RLS'),
 (9, 1, 9, 'conventional-rls-treatments', 'Conventional RLS treatments'),
 (10, 1, 10, 'takeaway', 'Takeaway');

INSERT INTO blocks (id, section_id, position, kind, text, list_style, source_id) VALUES
 (1, 1, 1, 'paragraph', 'Restless legs syndrome (RLS), also called Willis-Ekbom disease, is a disorder of the nervous system. It brings a strong urge to move the legs, usually with pain, throbbing or other unpleasant feelings. Symptoms tend to get worse at rest, such as when sitting or lying down, and RLS can badly disturb sleep.', NULL, 10),
 (2, 1, 2, 'paragraph', 'Magnesium is a natural mineral the body needs to work properly. It helps regulate many biochemical reactions, including nerve and muscle function and a healthy immune system. Too little magnesium can disturb the signals nerves send and the way muscles contract, and can cause muscle cramps.', NULL, 1),

 (3, 2, 1, 'paragraph', 'Early research suggests that some cases of RLS may be linked to a shortage of magnesium, and that magnesium supplements may ease symptoms. Magnesium is often tried as a natural or alternative remedy, particularly when a deficiency is thought to play a part.', NULL, 1),
 (4, 2, 2, 'paragraph', 'Researchers think magnesium helps muscles relax, possibly because it blocks calcium. When magnesium is low, calcium is left unchecked, nerves can become overactive and muscles may contract.', NULL, 1),
 (5, 2, 3, 'paragraph', 'The main study behind these claims was small: an open pilot study of 10 people with no placebo group. Taking 12.4 mmol of magnesium (about 301 mg) each evening for 4 to 6 weeks, sleep efficiency rose from 75% to 85% and leg movements that disturbed sleep fell from 17 to 7 an hour. The authors called magnesium a possibly useful alternative therapy for mild to moderate RLS and asked for placebo-controlled trials.', NULL, 4),
 (6, 2, 4, 'paragraph', 'Magnesium may help most when a deficiency contributes to symptoms, but the evidence so far is limited and it is not an established treatment for RLS.', NULL, 4),

 (7, 3, 1, 'list', 'Stomach upset is the most common side effect of magnesium supplements. Common side effects include:', 'bulleted', 1),
 (8, 3, 2, 'paragraph', 'Taking a lower dose may make these side effects milder.', NULL, 1),

 (9, 4, 1, 'list', 'High doses of magnesium are not safe. When magnesium builds up in the body, it can cause:', 'bulleted', 1),
 (10, 4, 2, 'paragraph', 'In severe cases, a buildup of magnesium can lead to coma or death.', NULL, 1),
 (11, 4, 3, 'list', 'Magnesium toxicity usually appears when blood levels rise above 1.74-2.61 mmol/L. Its signs include:', 'bulleted', 2),

 (12, 5, 1, 'paragraph', 'Magnesium is sold in many forms and strengths. Oral supplements most often contain magnesium oxide. Labels give the amount of elemental magnesium: a 400 mg magnesium oxide tablet provides 241.3 mg of it.', NULL, 11),
 (13, 5, 2, 'paragraph', 'Forms that dissolve well in liquid, such as magnesium citrate, chloride, aspartate and lactate, are absorbed more completely than some other forms.', NULL, 3),
 (14, 5, 3, 'paragraph', 'For total intake from food and supplements together, the recommended dietary allowance for adults is 310 to 420 mg a day, depending on age and sex. Supplements have their own ceiling: from age 9, no more than 350 mg a day of magnesium from supplements and medicines unless a clinician advises otherwise. Magnesium in food does not count towards that limit.', NULL, 2),
 (15, 5, 4, 'paragraph', 'Talk to a health professional about the right dose for you.', NULL, NULL),
 (16, 5, 5, 'paragraph', 'Magnesium sulfate can be given intravenously in hospital, but an oral supplement is what would normally be used for RLS.', NULL, 1),

 (17, 6, 1, 'list', 'You can add more magnesium-rich foods to your diet. Good sources include:', 'bulleted', 1),
 (18, 6, 2, 'list', 'Other everyday foods that provide magnesium include:', 'bulleted', 2),

 (19, 7, 1, 'paragraph', 'Magnesium is considered safe for most people, especially when it comes from food or oral supplements.', NULL, 1),
 (20, 7, 2, 'paragraph', 'If you have a bleeding disorder, talk to your doctor before taking magnesium: it may slow blood clotting and raise the risk of bleeding.', NULL, 1),
 (21, 7, 3, 'paragraph', 'Do not take magnesium if you have kidney problems, including kidney failure, unless a doctor supervises it.', NULL, 1),
 (22, 7, 4, 'paragraph', 'Magnesium given intravenously may not be safe during pregnancy or breastfeeding. Magnesium sulfate injections given for more than 5 to 7 days in pregnancy can cause low calcium and bone problems in the baby.', NULL, 12),
 (23, 7, 5, 'list', 'Magnesium can interact with some medicines, including:', 'bulleted', 2),
 (24, 7, 6, 'paragraph', 'The same interactions apply to the magnesium in antacids and laxatives.', NULL, 3),

 (25, 8, 1, 'list', 'Besides magnesium, several natural and alternative approaches may relieve RLS. They include:', 'bulleted', 1),

 (26, 9, 1, 'list', 'Prescription treatments for RLS include:', 'bulleted', 10),
 (27, 9, 2, 'paragraph', 'Some RLS medicines, such as opioids and some sleep medicines, can become addictive.', NULL, 10),
 (28, 9, 3, 'paragraph', 'Medicines that raise dopamine in the brain can cause augmentation: over time, symptoms start earlier in the day, grow stronger and may spread to the arms. In one community sample it happened at a rate of about 8% a year.', NULL, 7),

 (29, 10, 1, 'paragraph', 'There is some evidence that a lack of magnesium can contribute to RLS, although the studies so far are small. A daily magnesium supplement may ease symptoms and improve sleep for some people.', NULL, 4),
 (30, 10, 2, 'paragraph', 'If magnesium alone does not relieve your symptoms, make an appointment with your doctor to discuss other remedies and medicines that may help.', NULL, NULL);

INSERT INTO block_items (block_id, position, text) VALUES
 (7, 1, 'Stomach upset'), (7, 2, 'Nausea'), (7, 3, 'Vomiting'), (7, 4, 'Diarrhea'), (7, 5, 'Abdominal cramping'),
 (9, 1, 'Confusion'), (9, 2, 'Slowed breathing'), (9, 3, 'Low blood pressure'), (9, 4, 'Irregular heartbeat'),
 (11, 1, 'Low blood pressure, nausea and vomiting'), (11, 2, 'Facial flushing'), (11, 3, 'Urine retention'),
 (11, 4, 'Ileus (the gut stops moving food along)'), (11, 5, 'Depression and lethargy'),
 (11, 6, 'Then muscle weakness, difficulty breathing, very low blood pressure, irregular heartbeat and cardiac arrest'),
 (17, 1, 'Dark leafy greens, such as chard, spinach and kale'), (17, 2, 'Nuts and seeds, including pumpkin and squash seeds'),
 (17, 3, 'Fatty fish, such as mackerel and salmon'),
 (18, 1, 'Whole grains, such as shredded wheat, oatmeal and brown rice'), (18, 2, 'Beans and soy, such as black beans, kidney beans, edamame and soymilk'),
 (18, 3, 'Peanuts and peanut butter'), (18, 4, 'Low-fat yogurt and milk'), (18, 5, 'Potatoes baked with their skin'), (18, 6, 'Bananas and raisins'),
 (23, 1, 'Oral bisphosphonates for osteoporosis, such as alendronate'), (23, 2, 'Tetracycline antibiotics, such as doxycycline and minocycline'),
 (23, 3, 'Quinolone antibiotics, such as ciprofloxacin and levofloxacin'), (23, 4, 'Loop and thiazide diuretics, such as furosemide and hydrochlorothiazide'),
 (23, 5, 'Potassium-sparing diuretics, such as amiloride and spironolactone'), (23, 6, 'Proton pump inhibitors taken for a long time, such as omeprazole'),
 (25, 1, 'Regular moderate exercise, finished well before bedtime'), (25, 2, 'Stretching and leg massage'),
 (25, 3, 'A warm bath, or hot or cold compresses on the legs'), (25, 4, 'Cutting out caffeine, alcohol and nicotine'),
 (25, 5, 'A regular sleep schedule'), (25, 6, 'Compression socks or leg wraps'), (25, 7, 'Relaxation, such as deep breathing or meditation'),
 (25, 8, 'Iron, only if a blood test shows low iron and under medical supervision'),
 (25, 9, 'A review of medicines that can make RLS worse, such as some antidepressants, antihistamines and cold or sinus remedies'),
 (26, 1, 'Dopaminergic medicines also used for Parkinson''s disease: ropinirole, pramipexole, rotigotine (a skin patch) and carbidopa-levodopa'),
 (26, 2, 'Anti-seizure medicines (alpha-2-delta ligands): gabapentin, gabapentin enacarbil and pregabalin'),
 (26, 3, 'Opioids, such as codeine, oxycodone, tramadol and hydrocodone'),
 (26, 4, 'Muscle relaxants and sleep medicines, such as clonazepam'),
 (26, 5, 'Iron given intravenously (ferric carboxymaltose)');

INSERT INTO related_articles (article_id, position, title, slug, section_key) VALUES
 (1, 1, 'Vitamin D 3 1000 Benefits', NULL, 'can-magnesium-help-treat-rls'),
 (1, 2, 'Collagen Info', NULL, 'severe-side-effects'),
 (1, 3, 'Vitamin D3 Info', NULL, 'potential-risks');

-- Dose ranges. Ages in months: [min, max). RDA/AI cover total intake; the UL covers supplements and medicines only.
INSERT INTO dose_ranges (article_id, substance, form, route, kind, sex, life_stage, age_min_months, age_max_months, age_label,
                         min_amount, max_amount, unit, per, applies_to, note, source_id, updated_at) VALUES
 (1, 'magnesium', 'total intake', 'oral', 'AI', 'male',   'general', 0,   7,    '0–6 months', 30,  30,  'mg', 'day', 'food-and-supplements', 'Adequate Intake for infants from birth to 6 months.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'AI', 'female', 'general', 0,   7,    '0–6 months', 30,  30,  'mg', 'day', 'food-and-supplements', 'Adequate Intake for infants from birth to 6 months.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'AI', 'male',   'general', 7,   12,   '7–12 months', 75,  75,  'mg', 'day', 'food-and-supplements', 'Adequate Intake for infants aged 7 to 12 months.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'AI', 'female', 'general', 7,   12,   '7–12 months', 75,  75,  'mg', 'day', 'food-and-supplements', 'Adequate Intake for infants aged 7 to 12 months.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 12,  48,   '1–3 years', 80,  80,  'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 12,  48,   '1–3 years', 80,  80,  'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 48,  108,  '4–8 years', 130, 130, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 48,  108,  '4–8 years', 130, 130, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 108, 168,  '9–13 years', 240, 240, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 108, 168,  '9–13 years', 240, 240, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 168, 228,  '14–18 years', 410, 410, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 168, 228,  '14–18 years', 360, 360, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 228, 372,  '19–30 years', 400, 400, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 228, 372,  '19–30 years', 310, 310, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 372, 612,  '31–50 years', 420, 420, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 372, 612,  '31–50 years', 320, 320, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'male',   'general', 612, NULL, '51+ years', 420, 420, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'general', 612, NULL, '51+ years', 320, 320, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'pregnancy', 168, 228, '14–18 years', 400, 400, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'pregnancy', 228, 372, '19–30 years', 350, 350, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'pregnancy', 372, 612, '31–50 years', 360, 360, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'lactation', 168, 228, '14–18 years', 360, 360, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'lactation', 228, 372, '19–30 years', 310, 310, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'total intake', 'oral', 'RDA', 'female', 'lactation', 372, 612, '31–50 years', 320, 320, 'mg', 'day', 'food-and-supplements', NULL, 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', NULL, 'general', 0,   12,   '0–12 months', NULL, NULL, 'mg', 'day', 'supplements-only', 'No upper level is established for infants: their magnesium should come only from breast milk, formula and food.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', NULL, 'general', 12,  48,   '1–3 years', NULL, 65,   'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', NULL, 'general', 48,  108,  '4–8 years', NULL, 110,  'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', NULL, 'general', 108, 228,  '9–18 years', NULL, 350,  'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', NULL, 'general', 228, NULL, '19+ years', NULL, 350,  'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', 'female', 'pregnancy', 168, 612, '14–50 years', NULL, 350, 'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements and medicines', 'oral', 'UL', 'female', 'lactation', 168, 612, '14–50 years', NULL, 350, 'mg', 'day', 'supplements-only', 'Set to avoid diarrhea and other stomach upset. Magnesium in food and water does not count.', 2, '2026-11-24T00:00:00Z'),
 (1, 'magnesium', 'supplements', 'oral', 'guidance', NULL, 'general', 108, NULL, '9+ years', NULL, 350, 'mg', 'day', 'supplements-only', 'This article''s guidance: from age 9, take no more than 350 mg a day of magnesium from supplements unless a clinician advises otherwise. Ask a health professional about the right dose for you.', 2, '2026-11-24T00:00:00Z');

-- ODS Table 2; %DV uses the 420 mg Daily Value. Rows the sheet marks unverified are left out.
INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, amount_max_mg, percent_daily_value, source_id, updated_at) VALUES
 (1, 'Pumpkin seeds, roasted', '1 oz', 'magnesium', 156, NULL, 37, 2, '2026-11-24T00:00:00Z'),
 (1, 'Chia seeds', '1 oz', 'magnesium', 111, NULL, 26, 2, '2026-11-24T00:00:00Z'),
 (1, 'Almonds, dry roasted', '1 oz', 'magnesium', 80, NULL, 19, 2, '2026-11-24T00:00:00Z'),
 (1, 'Spinach, boiled', '½ cup', 'magnesium', 78, NULL, 19, 2, '2026-11-24T00:00:00Z'),
 (1, 'Cashews, dry roasted', '1 oz', 'magnesium', 74, NULL, 18, 2, '2026-11-24T00:00:00Z'),
 (1, 'Peanuts, oil roasted', '¼ cup', 'magnesium', 63, NULL, 15, 2, '2026-11-24T00:00:00Z'),
 (1, 'Shredded wheat cereal', '2 large biscuits', 'magnesium', 61, NULL, 15, 2, '2026-11-24T00:00:00Z'),
 (1, 'Soymilk, plain or vanilla', '1 cup', 'magnesium', 61, NULL, 15, 2, '2026-11-24T00:00:00Z'),
 (1, 'Black beans, cooked', '½ cup', 'magnesium', 60, NULL, 14, 2, '2026-11-24T00:00:00Z'),
 (1, 'Edamame, shelled, cooked', '½ cup', 'magnesium', 50, NULL, 12, 2, '2026-11-24T00:00:00Z'),
 (1, 'Peanut butter, smooth', '2 tbsp', 'magnesium', 49, NULL, 12, 2, '2026-11-24T00:00:00Z'),
 (1, 'Potato, baked with skin', '3.5 oz', 'magnesium', 43, NULL, 10, 2, '2026-11-24T00:00:00Z'),
 (1, 'Brown rice, cooked', '½ cup', 'magnesium', 42, NULL, 10, 2, '2026-11-24T00:00:00Z'),
 (1, 'Yogurt, plain, low fat', '8 oz', 'magnesium', 42, NULL, 10, 2, '2026-11-24T00:00:00Z'),
 (1, 'Breakfast cereal fortified with 10% of the DV', '1 serving', 'magnesium', 42, NULL, 10, 2, '2026-11-24T00:00:00Z'),
 (1, 'Oatmeal, instant', '1 packet', 'magnesium', 36, NULL, 9, 2, '2026-11-24T00:00:00Z'),
 (1, 'Kidney beans, canned', '½ cup', 'magnesium', 35, NULL, 8, 2, '2026-11-24T00:00:00Z'),
 (1, 'Banana', '1 medium', 'magnesium', 32, NULL, 8, 2, '2026-11-24T00:00:00Z'),
 (1, 'Salmon, Atlantic, farmed, cooked', '3 oz', 'magnesium', 26, NULL, 6, 2, '2026-11-24T00:00:00Z'),
 (1, 'Milk', '1 cup', 'magnesium', 24, 27, 6, 2, '2026-11-24T00:00:00Z'),
 (1, 'Halibut, cooked', '3 oz', 'magnesium', 24, NULL, 6, 2, '2026-11-24T00:00:00Z'),
 (1, 'Raisins', '½ cup', 'magnesium', 23, NULL, 5, 2, '2026-11-24T00:00:00Z');

INSERT INTO interactions (id, article_id, kind, name, drug_class, mechanism, guidance, hours_before_magnesium, hours_after_magnesium, hours_after_max, severity, source_id, updated_at) VALUES
 (1, 1, 'medication', 'Oral bisphosphonates', 'Bisphosphonate', 'Magnesium reduces how much of the medicine the body absorbs.', 'Take the bisphosphonate and magnesium at least 2 hours apart.', 2, 2, NULL, 'moderate', 2, '2026-11-24T00:00:00Z'),
 (2, 1, 'medication', 'Tetracycline antibiotics', 'Tetracycline antibiotic', 'Magnesium binds the antibiotic in the gut, so less of it is absorbed.', 'Take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium.', 2, 4, 6, 'moderate', 2, '2026-11-24T00:00:00Z'),
 (3, 1, 'medication', 'Quinolone antibiotics', 'Quinolone antibiotic', 'Magnesium binds the antibiotic in the gut, so less of it is absorbed.', 'Take the antibiotic at least 2 hours before, or 4 to 6 hours after, magnesium.', 2, 4, 6, 'moderate', 2, '2026-11-24T00:00:00Z'),
 (4, 1, 'medication', 'Loop and thiazide diuretics', 'Diuretic', 'Long-term use makes the kidneys lose more magnesium in urine.', 'Magnesium levels may need to be checked during long-term use.', NULL, NULL, NULL, 'minor', 2, '2026-11-24T00:00:00Z'),
 (5, 1, 'medication', 'Potassium-sparing diuretics', 'Potassium-sparing diuretic', 'These diuretics reduce the amount of magnesium lost in urine, so supplements can push levels up.', 'Ask a clinician before taking magnesium supplements with these medicines.', NULL, NULL, NULL, 'moderate', 8, '2026-11-24T00:00:00Z'),
 (6, 1, 'medication', 'Proton pump inhibitors', 'Proton pump inhibitor', 'Taking a PPI for a long time, usually a year or more, can lower magnesium absorption and cause low magnesium levels.', 'A clinician may check magnesium levels before long-term treatment and from time to time during it.', NULL, NULL, NULL, 'moderate', 2, '2026-11-24T00:00:00Z'),
 (7, 1, 'condition', 'Kidney disease or kidney failure', NULL, 'Kidneys that do not work well cannot clear extra magnesium, so it can build up to harmful levels.', 'Do not take magnesium supplements unless a doctor supervises them.', NULL, NULL, NULL, 'major', 1, '2026-11-24T00:00:00Z'),
 (8, 1, 'condition', 'Bleeding disorders', NULL, 'Magnesium may slow blood clotting and raise the risk of bleeding.', 'Talk to your doctor before taking magnesium.', NULL, NULL, NULL, 'moderate', 1, '2026-11-24T00:00:00Z'),
 (9, 1, 'condition', 'Pregnancy (intravenous magnesium sulfate)', NULL, 'Given for more than 5 to 7 days, intravenous magnesium sulfate can cause low calcium and bone problems in the baby.', 'Intravenous magnesium in pregnancy or breastfeeding is for a doctor to decide; it is not a home treatment for RLS.', NULL, NULL, NULL, 'major', 12, '2026-11-24T00:00:00Z'),
 (10, 1, 'condition', 'Pregnancy or breastfeeding (oral supplements)', NULL, 'The upper intake level for magnesium from supplements is the same in pregnancy and breastfeeding as for other adults.', 'Keep magnesium from supplements and medicines to no more than 350 mg a day unless a clinician advises otherwise.', NULL, NULL, NULL, 'minor', 2, '2026-11-24T00:00:00Z');

INSERT INTO interaction_examples (interaction_id, position, generic_name) VALUES
 (1, 1, 'alendronate'),
 (2, 1, 'doxycycline'), (2, 2, 'demeclocycline'), (2, 3, 'minocycline'),
 (3, 1, 'ciprofloxacin'), (3, 2, 'levofloxacin'),
 (4, 1, 'furosemide'), (4, 2, 'bumetanide'), (4, 3, 'hydrochlorothiazide'),
 (5, 1, 'amiloride'), (5, 2, 'spironolactone'),
 (6, 1, 'omeprazole'), (6, 2, 'esomeprazole'), (6, 3, 'lansoprazole'), (6, 4, 'pantoprazole');

INSERT INTO side_effects (article_id, position, name, severity, description, source_id, updated_at) VALUES
 (1, 1, 'Stomach upset', 'common', 'The most common side effect; a lower dose may help.', 1, '2026-11-24T00:00:00Z'),
 (1, 2, 'Nausea', 'common', 'Feeling sick after taking a supplement.', 1, '2026-11-24T00:00:00Z'),
 (1, 3, 'Vomiting', 'common', 'Being sick after taking a supplement.', 1, '2026-11-24T00:00:00Z'),
 (1, 4, 'Diarrhea', 'common', 'Loose stools; the upper intake level for supplements is set to avoid it.', 1, '2026-11-24T00:00:00Z'),
 (1, 5, 'Abdominal cramping', 'common', 'Cramping pain in the stomach area.', 1, '2026-11-24T00:00:00Z'),
 (1, 6, 'Confusion', 'severe', 'A sign that magnesium has built up in the body.', 1, '2026-11-24T00:00:00Z'),
 (1, 7, 'Slowed breathing', 'severe', 'A sign that magnesium has built up in the body.', 1, '2026-11-24T00:00:00Z'),
 (1, 8, 'Low blood pressure', 'severe', 'A sign that magnesium has built up in the body.', 1, '2026-11-24T00:00:00Z'),
 (1, 9, 'Irregular heartbeat', 'severe', 'A sign that magnesium has built up in the body.', 1, '2026-11-24T00:00:00Z'),
 (1, 10, 'Coma or death', 'severe', 'Possible in severe cases of magnesium buildup.', 1, '2026-11-24T00:00:00Z'),
 (1, 11, 'Facial flushing', 'severe', 'A sign of magnesium toxicity, which usually appears when blood levels rise above 1.74-2.61 mmol/L.', 2, '2026-11-24T00:00:00Z'),
 (1, 12, 'Urine retention', 'severe', 'A sign of magnesium toxicity.', 2, '2026-11-24T00:00:00Z'),
 (1, 13, 'Ileus', 'severe', 'The gut stops moving food along; a sign of magnesium toxicity.', 2, '2026-11-24T00:00:00Z'),
 (1, 14, 'Depression and lethargy', 'severe', 'A sign of magnesium toxicity.', 2, '2026-11-24T00:00:00Z'),
 (1, 15, 'Muscle weakness', 'severe', 'A later sign as magnesium toxicity progresses.', 2, '2026-11-24T00:00:00Z'),
 (1, 16, 'Cardiac arrest', 'severe', 'The most serious result of progressing magnesium toxicity.', 2, '2026-11-24T00:00:00Z');

INSERT INTO remedies (id, article_id, position, kind, name, description, evidence_level, dependence_note, augmentation_note, source_id, updated_at) VALUES
 (1, 1, 1, 'alternative', 'Regular exercise', 'Moderate exercise on most days, finished well before bedtime.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (2, 1, 2, 'alternative', 'Stretching and leg massage', 'Stretching the legs and massaging them, for example in the evening.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (3, 1, 3, 'alternative', 'Warm baths and compresses', 'A warm bath, or hot or cold compresses on the legs.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (4, 1, 4, 'alternative', 'Avoiding caffeine, alcohol and nicotine', 'Cutting these out can reduce symptoms in some people.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (5, 1, 5, 'alternative', 'Regular sleep schedule', 'Going to bed and getting up at the same times each day.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (6, 1, 6, 'alternative', 'Compression socks or leg wraps', 'Gentle pressure on the legs may ease the sensations.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (7, 1, 7, 'alternative', 'Relaxation techniques', 'Deep breathing, meditation and similar ways to relax.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (8, 1, 8, 'alternative', 'Iron, if levels are low', 'Only after a blood test shows low iron, and under medical supervision.', NULL, NULL, NULL, 10, '2026-11-24T00:00:00Z'),
 (9, 1, 9, 'alternative', 'Reviewing medicines that worsen RLS', 'Some antidepressants, antihistamines and cold or sinus remedies can make RLS worse; ask a doctor or pharmacist before changing anything.', NULL, NULL, NULL, 1, '2026-11-24T00:00:00Z'),
 (10, 1, 10, 'conventional', 'Dopaminergic medicines', 'Medicines also used for Parkinson''s disease. Ropinirole, pramipexole and rotigotine are FDA-approved for moderate to severe RLS. They can cause nausea, light-headedness and tiredness.', 'AAN level A: pramipexole, rotigotine, cabergoline (rarely used because of heart-valve risk); level B: ropinirole; level C: levodopa', NULL, 'Can cause augmentation: over time, symptoms start earlier in the day, grow stronger and may spread to the arms.', 10, '2026-11-24T00:00:00Z'),
 (11, 1, 11, 'conventional', 'Alpha-2-delta ligands (anti-seizure medicines)', 'No augmentation is known with these medicines; they can cause sleepiness and dizziness.', 'AAN level A: gabapentin enacarbil; level B: pregabalin', NULL, NULL, 5, '2026-11-24T00:00:00Z'),
 (12, 1, 12, 'conventional', 'Opioids', 'Can relieve mild to severe symptoms.', NULL, 'Can be addictive, especially at high doses.', NULL, 10, '2026-11-24T00:00:00Z'),
 (13, 1, 13, 'conventional', 'Muscle relaxants and sleep medicines', 'Help with sleep but not with the leg sensations, and can cause daytime drowsiness; usually a last resort.', NULL, 'Some sleep medicines can become addictive.', NULL, 5, '2026-11-24T00:00:00Z'),
 (14, 1, 14, 'conventional', 'Intravenous iron', 'Iron given through a drip.', 'AAN level B: ferric carboxymaltose', NULL, NULL, 6, '2026-11-24T00:00:00Z');

INSERT INTO remedy_examples (remedy_id, position, generic_name) VALUES
 (10, 1, 'ropinirole'), (10, 2, 'pramipexole'), (10, 3, 'rotigotine'), (10, 4, 'carbidopa-levodopa'),
 (11, 1, 'gabapentin'), (11, 2, 'gabapentin enacarbil'), (11, 3, 'pregabalin'),
 (12, 1, 'codeine'), (12, 2, 'oxycodone'), (12, 3, 'tramadol'), (12, 4, 'hydrocodone'),
 (13, 1, 'clonazepam'),
 (14, 1, 'ferric carboxymaltose');
