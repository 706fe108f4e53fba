-- Member figures kept up to date by every write, in the write's own transaction: for each
-- association, the change in its members from one year to the next, by gender, ethnic group and
-- education (`dimension`, `value`; '' where not recorded), and how many memberships were
-- recorded in each year (`dimension` 'recorded': an association's roster is kept here from the
-- first year with one). The members of an association at the end of year Y, by one breakdown,
-- are the sums of `change` over years up to Y, so a summary reads these rows and never the
-- memberships (models::member::observations). Triggers on memberships and persons keep it;
-- nothing else writes it, and a backup leaves it out: it is rebuilt as a restore loads rows.
--
-- A membership counts at the end of year Y when it began by then (the year of joined_on, or of
-- created_at without one) and it is active, or it left (left_on) after Y. So it adds +1 in its
-- first year and, when it is not active, -1 in the year of left_on, if that is later.

CREATE TABLE member_figures (
    association_id BIGINT NOT NULL,
    year INTEGER NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    change BIGINT NOT NULL,
    PRIMARY KEY (association_id, year, dimension, value)
);

CREATE TRIGGER member_figures_insert AFTER INSERT ON memberships BEGIN
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT 1 AS sign, NEW.association_id AS association_id, NEW.joined_on AS joined_on, NEW.left_on AS left_on, NEW.status AS status, NEW.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = NEW.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT 1 AS sign, NEW.association_id AS association_id, NEW.joined_on AS joined_on, NEW.left_on AS left_on, NEW.status AS status, NEW.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = NEW.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER member_figures_delete AFTER DELETE ON memberships BEGIN
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, OLD.association_id AS association_id, OLD.joined_on AS joined_on, OLD.left_on AS left_on, OLD.status AS status, OLD.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = OLD.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, OLD.association_id AS association_id, OLD.joined_on AS joined_on, OLD.left_on AS left_on, OLD.status AS status, OLD.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = OLD.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER member_figures_update AFTER UPDATE ON memberships WHEN OLD.association_id IS NOT NEW.association_id OR OLD.person_id IS NOT NEW.person_id OR OLD.joined_on IS NOT NEW.joined_on OR OLD.left_on IS NOT NEW.left_on OR OLD.status IS NOT NEW.status OR OLD.created_at IS NOT NEW.created_at BEGIN
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, OLD.association_id AS association_id, OLD.joined_on AS joined_on, OLD.left_on AS left_on, OLD.status AS status, OLD.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = OLD.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, OLD.association_id AS association_id, OLD.joined_on AS joined_on, OLD.left_on AS left_on, OLD.status AS status, OLD.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = OLD.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT 1 AS sign, NEW.association_id AS association_id, NEW.joined_on AS joined_on, NEW.left_on AS left_on, NEW.status AS status, NEW.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = NEW.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT 1 AS sign, NEW.association_id AS association_id, NEW.joined_on AS joined_on, NEW.left_on AS left_on, NEW.status AS status, NEW.created_at AS created_at, p.gender AS gender, p.ethnicity AS ethnicity, p.education_level AS education_level FROM persons p WHERE p.id = NEW.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
END;

CREATE TRIGGER member_figures_persons AFTER UPDATE ON persons WHEN OLD.gender IS NOT NEW.gender OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.education_level IS NOT NEW.education_level BEGIN
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT -1 AS sign, m.association_id AS association_id, m.joined_on AS joined_on, m.left_on AS left_on, m.status AS status, m.created_at AS created_at, OLD.gender AS gender, OLD.ethnicity AS ethnicity, OLD.education_level AS education_level FROM memberships m WHERE m.person_id = NEW.id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT -1 AS sign, m.association_id AS association_id, m.joined_on AS joined_on, m.left_on AS left_on, m.status AS status, m.created_at AS created_at, OLD.gender AS gender, OLD.ethnicity AS ethnicity, OLD.education_level AS education_level FROM memberships m WHERE m.person_id = NEW.id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
    INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT 1 AS sign, m.association_id AS association_id, m.joined_on AS joined_on, m.left_on AS left_on, m.status AS status, m.created_at AS created_at, NEW.gender AS gender, NEW.ethnicity AS ethnicity, NEW.education_level AS education_level FROM memberships m WHERE m.person_id = NEW.id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT 1 AS sign, m.association_id AS association_id, m.joined_on AS joined_on, m.left_on AS left_on, m.status AS status, m.created_at AS created_at, NEW.gender AS gender, NEW.ethnicity AS ethnicity, NEW.education_level AS education_level FROM memberships m WHERE m.person_id = NEW.id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
END;

-- The figures of the memberships already there.
INSERT INTO member_figures (association_id, year, dimension, value, change)
    SELECT * FROM (SELECT association_id, year, dimension, value, SUM(change) AS change FROM (
        SELECT r.association_id AS association_id,
               CASE e.k WHEN 1 THEN CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER) ELSE CAST(strftime('%Y', r.left_on) AS INTEGER) END AS year,
               d.dimension AS dimension,
               CASE d.dimension WHEN 'gender' THEN COALESCE(r.gender, '')
                                WHEN 'ethnicity' THEN COALESCE(r.ethnicity, '')
                                ELSE COALESCE(r.education_level, '') END AS value,
               CASE e.k WHEN 1 THEN r.sign ELSE -r.sign END AS change
        FROM (SELECT 1 AS sign, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, p.gender, p.ethnicity, p.education_level FROM memberships m JOIN persons p ON p.id = m.person_id) r,
             (SELECT 1 AS k UNION ALL SELECT 2) e,
             (SELECT 'gender' AS dimension UNION ALL SELECT 'ethnicity' UNION ALL SELECT 'education_level') d
        WHERE (r.status = 'active' OR (r.left_on IS NOT NULL AND CAST(strftime('%Y', r.left_on) AS INTEGER) > CAST(strftime('%Y', COALESCE(r.joined_on, r.created_at)) AS INTEGER)))
          AND (e.k = 1 OR r.status <> 'active')
        UNION ALL
        SELECT r.association_id, CAST(strftime('%Y', r.created_at) AS INTEGER), 'recorded', '', r.sign FROM (SELECT 1 AS sign, m.association_id, m.joined_on, m.left_on, m.status, m.created_at, p.gender, p.ethnicity, p.education_level FROM memberships m JOIN persons p ON p.id = m.person_id) r
    ) c GROUP BY association_id, year, dimension, value HAVING SUM(change) <> 0) WHERE true
    ON CONFLICT (association_id, year, dimension, value) DO UPDATE SET change = change + excluded.change;
