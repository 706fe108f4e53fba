-- Contests: the technical innovation contest and the youth and children's creativity
-- contest, run in editions with criteria and prize quotas; entries with their authors;
-- judges assigned to entries, their scores and every change of a score; ranks and prizes;
-- the national result of an entry sent on.

CREATE TABLE contests (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 64),
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('technical_innovation', 'youth_creativity', 'other')),
    description TEXT,
    minor_names TEXT NOT NULL DEFAULT 'full_name' CHECK (minor_names IN ('full_name', 'initials')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO contests (code, name_vi, name_en, kind, created_at, updated_at) VALUES ('technical_innovation', 'Hội thi Sáng tạo kỹ thuật', 'Technical Innovation Contest', 'technical_innovation', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO contests (code, name_vi, name_en, kind, created_at, updated_at) VALUES ('youth_creativity', 'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng', 'Youth and Children''s Creativity Contest', 'youth_creativity', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE contest_editions (
    id INTEGER PRIMARY KEY NOT NULL,
    contest_id BIGINT NOT NULL REFERENCES contests (id),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 1000),
    year INTEGER NOT NULL,
    name TEXT,
    submission_opens_on DATE,
    submission_closes_on DATE,
    judging_starts_on DATE,
    judging_ends_on DATE,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'judging', 'results_published', 'closed')),
    quota_first INTEGER NOT NULL DEFAULT 0 CHECK (quota_first >= 0),
    quota_second INTEGER NOT NULL DEFAULT 0 CHECK (quota_second >= 0),
    quota_third INTEGER NOT NULL DEFAULT 0 CHECK (quota_third >= 0),
    quota_consolation INTEGER NOT NULL DEFAULT 0 CHECK (quota_consolation >= 0),
    published_on DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (contest_id, number)
);
CREATE INDEX contest_editions_year ON contest_editions (year, id);

CREATE TABLE edition_criteria (
    id INTEGER PRIMARY KEY NOT NULL,
    edition_id BIGINT NOT NULL REFERENCES contest_editions (id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 1000),
    max_score INTEGER NOT NULL CHECK (max_score BETWEEN 1 AND 1000),
    UNIQUE (edition_id, code),
    UNIQUE (edition_id, position)
);

CREATE TABLE contest_entries (
    id INTEGER PRIMARY KEY NOT NULL,
    edition_id BIGINT NOT NULL REFERENCES contest_editions (id),
    title TEXT NOT NULL,
    field TEXT,
    summary TEXT,
    association_id BIGINT REFERENCES associations (id),
    attachments TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'eligible', 'ineligible', 'withdrawn')),
    ineligible_reason TEXT,
    prize TEXT CHECK (prize IN ('first', 'second', 'third', 'consolation')),
    rank INTEGER,
    final_score DOUBLE,
    national_sent_on DATE,
    national_prize TEXT CHECK (national_prize IN ('first', 'second', 'third', 'consolation')),
    labour_creativity_certificate BOOLEAN NOT NULL DEFAULT FALSE,
    applied BOOLEAN NOT NULL DEFAULT FALSE,
    commercialised BOOLEAN NOT NULL DEFAULT FALSE,
    national_note TEXT,
    search_text TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX contest_entries_edition ON contest_entries (edition_id, id);
CREATE INDEX contest_entries_association ON contest_entries (association_id, id);

CREATE TABLE entry_authors (
    id INTEGER PRIMARY KEY NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('author', 'pupil', 'supervisor')),
    person_id BIGINT REFERENCES persons (id),
    full_name TEXT NOT NULL,
    workplace TEXT,
    school TEXT,
    grade INTEGER CHECK (grade BETWEEN 1 AND 12),
    birth_date DATE,
    UNIQUE (entry_id, position)
);
CREATE INDEX entry_authors_person ON entry_authors (person_id);

CREATE TABLE judge_assignments (
    id INTEGER PRIMARY KEY NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    full_name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (entry_id, user_id)
);
CREATE INDEX judge_assignments_user ON judge_assignments (user_id, entry_id);

CREATE TABLE entry_scores (
    id INTEGER PRIMARY KEY NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    criterion_id BIGINT NOT NULL REFERENCES edition_criteria (id),
    score INTEGER NOT NULL CHECK (score >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (entry_id, user_id, criterion_id)
);

CREATE TABLE entry_score_changes (
    id INTEGER PRIMARY KEY NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL REFERENCES edition_criteria (id),
    old_score INTEGER,
    new_score INTEGER,
    changed_at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX entry_score_changes_entry ON entry_score_changes (entry_id, id);
