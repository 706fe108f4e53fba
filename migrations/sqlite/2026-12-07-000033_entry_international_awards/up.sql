-- Awards an entry won abroad, beyond the national chain (issue 30): the report's youth
-- contest entry "was chosen for the international exhibition in Indonesia, winning the
-- organisers' silver medal and a special prize given by Macau". One entry may win several
-- at one event; each is a row of its own, recorded by staff once the edition's results are
-- published.
CREATE TABLE entry_international_awards (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    event TEXT NOT NULL,
    country TEXT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    award TEXT NOT NULL CHECK (award IN ('gold_medal', 'silver_medal', 'bronze_medal', 'special_prize', 'other')),
    awarded_by TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX entry_international_awards_entry ON entry_international_awards (entry_id);
