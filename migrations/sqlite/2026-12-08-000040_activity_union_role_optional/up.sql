-- An association's own activity may have no part of the union in it (issue 32): union_role
-- becomes optional. SQLite cannot drop a NOT NULL, so the table is rebuilt as
-- https://www.sqlite.org/lang_altertable.html#otheralter prescribes (as in 000036); no other
-- table refers to activities and none has a trigger on it. Columns, ids (AUTOINCREMENT) and
-- indexes stay as they were.
CREATE TABLE rebuilt_activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'research_project', 'transfer_model', 'council_participation', 'publication', 'social_activity', 'training', 'other')),
    title TEXT NOT NULL,
    organiser_kind TEXT NOT NULL CHECK (organiser_kind IN ('union', 'association', 'partner')),
    association_id BIGINT REFERENCES associations (id),
    partner_name TEXT,
    starts_on DATE NOT NULL,
    ends_on DATE,
    year INTEGER NOT NULL,
    place TEXT,
    participants INTEGER,
    union_role TEXT CHECK (union_role IN ('led', 'co_organised', 'took_part')),
    outcome TEXT,
    links TEXT NOT NULL DEFAULT '[]',
    visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'internal')),
    council_name TEXT,
    projects_evaluated INTEGER,
    council_role TEXT CHECK (council_role IN ('chair', 'reviewer', 'member')),
    research_level TEXT CHECK (research_level IN ('national', 'ministerial', 'provincial', 'grassroots')),
    research_status TEXT CHECK (research_status IN ('proposed', 'in_progress', 'completed', 'cancelled')),
    beneficiaries INTEGER,
    amount BIGINT,
    articles INTEGER,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    visits INTEGER CHECK (visits >= 0),
    publication_kind TEXT
        CHECK (publication_kind IN ('newsletter', 'online_forum', 'journal', 'website', 'thematic', 'other'))
);
INSERT INTO rebuilt_activities SELECT * FROM activities;
DROP TABLE activities;
ALTER TABLE rebuilt_activities RENAME TO activities;
CREATE INDEX activities_starts ON activities (starts_on, id);
CREATE INDEX activities_year_kind ON activities (year, kind);
CREATE INDEX activities_association ON activities (association_id, starts_on);
