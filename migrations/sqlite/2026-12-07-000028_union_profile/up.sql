-- The union itself (issue 30): its profile, its congress terms, its office's staff by year
-- and its own departments and centres. Each is written on its own, so that one writer never
-- erases another's; the statistics read the founding year and the staff from here instead of
-- values typed into the indicator table.
CREATE TABLE union_profile (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    name TEXT NOT NULL,
    short_name TEXT,
    founded_on DATE,
    founding_decision TEXT,
    address TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO union_profile (id, name, version, created_at, updated_at)
    VALUES (1, 'Liên hiệp các hội khoa học và kỹ thuật', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE union_terms (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 100),
    congress_on DATE NOT NULL,
    first_year INTEGER NOT NULL,
    last_year INTEGER NOT NULL,
    standing_committee TEXT NOT NULL,
    executive_committee_size INTEGER,
    fatherland_front_delegates INTEGER,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (first_year <= last_year)
);

CREATE TABLE union_staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    year INTEGER NOT NULL UNIQUE,
    full_time INTEGER NOT NULL CHECK (full_time >= 0),
    by_education TEXT NOT NULL,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE union_units (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('department', 'centre', 'council', 'other')),
    established_year INTEGER,
    closed_year INTEGER,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Years since founding and the office's full-time staff are read from these records: the
-- seeded lines point at the union's metrics, unless staff changed them or recorded values.
UPDATE indicators SET metric = 'union_age_years', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'founding_seniority' AND metric IS NULL
      AND NOT EXISTS (SELECT 1 FROM indicator_values v WHERE v.indicator_id = indicators.id AND v.union_value IS NOT NULL);
UPDATE indicators SET metric = 'union_full_time_staff', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'full_time_staff' AND metric IS NULL
      AND NOT EXISTS (SELECT 1 FROM indicator_values v WHERE v.indicator_id = indicators.id AND v.union_value IS NOT NULL);
