CREATE OR REPLACE FUNCTION member_figures_of_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO member_figures AS f (association_id, year, dimension, value, change)
    SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT 1 AS sign, n.association_id, n.joined_on, n.left_on, n.status, n.created_at, p.gender, p.ethnicity, p.education_level FROM new_rows n JOIN persons p ON p.id = n.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) > CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(EXTRACT(YEAR FROM r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT 1 AS sign, n.association_id, n.joined_on, n.left_on, n.status, n.created_at, p.gender, p.ethnicity, p.education_level FROM new_rows n JOIN persons p ON p.id = n.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0
    ORDER BY association_id, year, dimension, value
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = f.change + EXCLUDED.change;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO member_figures AS f (association_id, year, dimension, value, change)
    SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, o.association_id, o.joined_on, o.left_on, o.status, o.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN persons p ON p.id = o.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) > CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(EXTRACT(YEAR FROM r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, o.association_id, o.joined_on, o.left_on, o.status, o.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN persons p ON p.id = o.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0
    ORDER BY association_id, year, dimension, value
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = f.change + EXCLUDED.change;
    ELSE
        INSERT INTO member_figures AS f (association_id, year, dimension, value, change)
    SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, o.association_id, o.joined_on, o.left_on, o.status, o.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN persons p ON p.id = o.person_id WHERE (o.association_id, o.person_id, o.joined_on, o.left_on, o.status, o.created_at) IS DISTINCT FROM (n.association_id, n.person_id, n.joined_on, n.left_on, n.status, n.created_at) UNION ALL SELECT 1, n.association_id, n.joined_on, n.left_on, n.status, n.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN persons p ON p.id = n.person_id WHERE (o.association_id, o.person_id, o.joined_on, o.left_on, o.status, o.created_at) IS DISTINCT FROM (n.association_id, n.person_id, n.joined_on, n.left_on, n.status, n.created_at)) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) > CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(EXTRACT(YEAR FROM r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, o.association_id, o.joined_on, o.left_on, o.status, o.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN persons p ON p.id = o.person_id WHERE (o.association_id, o.person_id, o.joined_on, o.left_on, o.status, o.created_at) IS DISTINCT FROM (n.association_id, n.person_id, n.joined_on, n.left_on, n.status, n.created_at) UNION ALL SELECT 1, n.association_id, n.joined_on, n.left_on, n.status, n.created_at, p.gender, p.ethnicity, p.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN persons p ON p.id = n.person_id WHERE (o.association_id, o.person_id, o.joined_on, o.left_on, o.status, o.created_at) IS DISTINCT FROM (n.association_id, n.person_id, n.joined_on, n.left_on, n.status, n.created_at)) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0
    ORDER BY association_id, year, dimension, value
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = f.change + EXCLUDED.change;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION member_figures_of_persons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_figures AS f (association_id, year, dimension, value, change)
    SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, o.gender, o.ethnicity, o.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN memberships m ON m.person_id = o.id WHERE (o.gender, o.ethnicity, o.education_level) IS DISTINCT FROM (n.gender, n.ethnicity, n.education_level) UNION ALL SELECT 1, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, n.gender, n.ethnicity, n.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN memberships m ON m.person_id = n.id WHERE (o.gender, o.ethnicity, o.education_level) IS DISTINCT FROM (n.gender, n.ethnicity, n.education_level)) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(EXTRACT(YEAR FROM r.left_on) AS INTEGER) > CAST(EXTRACT(YEAR FROM COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(EXTRACT(YEAR FROM r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, o.gender, o.ethnicity, o.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN memberships m ON m.person_id = o.id WHERE (o.gender, o.ethnicity, o.education_level) IS DISTINCT FROM (n.gender, n.ethnicity, n.education_level) UNION ALL SELECT 1, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, n.gender, n.ethnicity, n.education_level FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN memberships m ON m.person_id = n.id WHERE (o.gender, o.ethnicity, o.education_level) IS DISTINCT FROM (n.gender, n.ethnicity, n.education_level)) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0
    ORDER BY association_id, year, dimension, value
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = f.change + EXCLUDED.change;
    RETURN NULL;
END
$$;
