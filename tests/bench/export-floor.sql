-- The floor of the export benchmark: the consolidation's counts as plain aggregate queries over
-- the untyped tables of `sqlite3 .import` (every column text), for the year in @y.
CREATE TEMP TABLE bounds AS SELECT printf('%04d-01-01', @y) AS s, printf('%04d-12-31', @y) AS e;
CREATE TEMP TABLE pres AS
SELECT c.*, p.sex, p.birth_date, p.qpv,
       (c.entry_date < b.s AND (c.exit_date = '' OR c.exit_date >= b.s)) AS at_start,
       (c.entry_date BETWEEN b.s AND b.e) AS entered,
       (c.exit_date <> '' AND c.exit_date BETWEEN b.s AND b.e) AS left_in_year,
       (c.entry_date <= b.e AND (c.exit_date = '' OR c.exit_date > b.e)) AS at_end
FROM parcours c JOIN participants p USING (participant_id), bounds b;
SELECT sum(at_start), sum(entered), sum(at_start OR entered), sum(left_in_year), sum(at_end) FROM pres;
SELECT sex, count(*) FROM pres WHERE entered GROUP BY sex;
SELECT CASE WHEN age < 26 THEN 'under_26' WHEN age <= 44 THEN '26_44' ELSE '45_plus' END, count(*)
FROM (SELECT CAST(strftime('%Y', entry_date) AS INT) - CAST(strftime('%Y', birth_date) AS INT)
             - (strftime('%m-%d', entry_date) < strftime('%m-%d', birth_date)) AS age FROM pres WHERE entered)
GROUP BY 1;
SELECT CASE WHEN education_level IN ('1', '2', 'VI', 'Vbis') THEN 'sans_qualification'
            WHEN education_level IN ('3', 'V') THEN 'peu_qualifie'
            WHEN education_level IN ('4', '5', '6', '7', '8', 'IV', 'III', 'II', 'I') THEN 'qualifie'
            ELSE 'autre_ou_inconnu' END, count(*) FROM pres WHERE entered GROUP BY 1;
SELECT sum(rsa = '1'), sum(deld = '1'), sum(rqth = '1'), sum(other_difficulty = '1'), sum(qpv = '1') FROM pres WHERE entered;
SELECT exit_reason, count(*) FROM pres WHERE left_in_year GROUP BY exit_reason;
SELECT contract_type, employer_category, naf_section, count(*) FROM pres
WHERE left_in_year AND exit_reason = 'emploi_durable' GROUP BY 1, 2, 3;
SELECT sex, rsa, deld, rqth, education_level IN ('1', '2', 'VI', 'Vbis'),
       count(*), sum(exit_reason IN ('emploi_durable', 'formation_qualifiante', 'autre_positive'))
FROM pres WHERE left_in_year GROUP BY 1, 2, 3, 4, 5;
SELECT s.type, s.subtype, count(*) FROM steps s JOIN pres c USING (parcours_id), bounds b
WHERE (c.at_start OR c.entered) AND s.start_date <= b.e AND (s.end_date = '' OR s.end_date >= b.s) GROUP BY 1, 2;
SELECT f.category, sum(f.identified_date BETWEEN b.s AND b.e), sum(f.lifted_date <> '' AND f.lifted_date BETWEEN b.s AND b.e)
FROM freins f JOIN pres c USING (parcours_id), bounds b WHERE c.at_start OR c.entered GROUP BY 1;
