-- SQLite gives a new row the largest id of its table + 1, so once the newest row of a table was
-- deleted the next insert took its id: a deleted activity's URL answered for another activity,
-- and a client replaying an Idempotency-Key or holding a link reached the wrong record.
-- AUTOINCREMENT never hands out an id twice (PostgreSQL's sequences never did). SQLite cannot
-- add it to a table, so every table with an integer id is rebuilt the way
-- https://www.sqlite.org/lang_altertable.html#otheralter prescribes: foreign keys off (only
-- possible outside a transaction, hence this migration's metadata.toml), a copy with the same
-- columns and ids, the old table dropped, the copy renamed (legacy_alter_table keeps the rename
-- from rewriting other tables' references), then its indexes and, at the end, the triggers.
-- The table definitions are those of migrations 000001-000023; tests/api/storage.rs checks
-- that every table with an integer id has AUTOINCREMENT, so a new table cannot miss it.
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;

-- users
CREATE TABLE rebuilt_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 64),
    password_hash TEXT NOT NULL,
    person_id BIGINT,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
, must_change_password BOOLEAN NOT NULL DEFAULT FALSE, last_login_at TIMESTAMP);
INSERT INTO rebuilt_users SELECT * FROM users;
DROP TABLE users;
ALTER TABLE rebuilt_users RENAME TO users;

-- associations
CREATE TABLE rebuilt_associations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    short_name TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('member_association', 'collective_member')),
    field_of_activity TEXT,
    founded_on DATE,
    joined_on DATE,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'dissolved')),
    special_status BOOLEAN NOT NULL DEFAULT FALSE,
    dissolved_on DATE,
    address TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    chairperson TEXT,
    description TEXT,
    sort_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_associations SELECT * FROM associations;
DROP TABLE associations;
ALTER TABLE rebuilt_associations RENAME TO associations;
CREATE INDEX associations_sort ON associations (sort_key, id);
CREATE INDEX associations_created ON associations (created_at, id);

-- association_status_history
CREATE TABLE rebuilt_association_status_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    effective_on DATE NOT NULL,
    reason TEXT,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_association_status_history SELECT * FROM association_status_history;
DROP TABLE association_status_history;
ALTER TABLE rebuilt_association_status_history RENAME TO association_status_history;
CREATE INDEX association_status_history_association ON association_status_history (association_id, id);

-- branches
CREATE TABLE rebuilt_branches (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    district TEXT,
    founded_on DATE,
    member_count_reported INTEGER CHECK (member_count_reported >= 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'dissolved')),
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (association_id, name_key)
);
INSERT INTO rebuilt_branches SELECT * FROM branches;
DROP TABLE branches;
ALTER TABLE rebuilt_branches RENAME TO branches;
CREATE INDEX branches_sort ON branches (association_id, sort_key, id);

-- audit_log
CREATE TABLE rebuilt_audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor_user_id BIGINT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    request_id TEXT,
    changes TEXT NOT NULL
);
INSERT INTO rebuilt_audit_log SELECT * FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE rebuilt_audit_log RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, id);
CREATE INDEX audit_log_time ON audit_log (occurred_at, id);

-- refresh_tokens
CREATE TABLE rebuilt_refresh_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    rotated_at TIMESTAMP,
    revoked_at TIMESTAMP
);
INSERT INTO rebuilt_refresh_tokens SELECT * FROM refresh_tokens;
DROP TABLE refresh_tokens;
ALTER TABLE rebuilt_refresh_tokens RENAME TO refresh_tokens;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- api_clients
CREATE TABLE rebuilt_api_clients (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    last_used_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_api_clients SELECT * FROM api_clients;
DROP TABLE api_clients;
ALTER TABLE rebuilt_api_clients RENAME TO api_clients;

-- login_attempts
CREATE TABLE rebuilt_login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    username_key TEXT NOT NULL,
    client_addr TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    succeeded BOOLEAN NOT NULL
);
INSERT INTO rebuilt_login_attempts SELECT * FROM login_attempts;
DROP TABLE login_attempts;
ALTER TABLE rebuilt_login_attempts RENAME TO login_attempts;
CREATE INDEX login_attempts_user ON login_attempts (username_key, attempted_at);
CREATE INDEX login_attempts_addr ON login_attempts (client_addr, attempted_at);

-- persons
CREATE TABLE rebuilt_persons (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    middle_name TEXT,
    given_name TEXT NOT NULL,
    name_lower TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('male', 'female', 'other')),
    birth_date DATE,
    birth_year INTEGER,
    ethnicity TEXT,
    education_level TEXT CHECK (education_level IN ('none', 'secondary', 'college', 'bachelor', 'master', 'doctor', 'doctor_of_science')),
    academic_title TEXT CHECK (academic_title IN ('associate_professor', 'professor')),
    honour_titles TEXT NOT NULL DEFAULT '',
    field_of_expertise TEXT,
    workplace TEXT,
    position TEXT,
    phone TEXT,
    email TEXT,
    national_id_hash TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
, merged_into BIGINT REFERENCES persons (id));
INSERT INTO rebuilt_persons SELECT * FROM persons;
DROP TABLE persons;
ALTER TABLE rebuilt_persons RENAME TO persons;
CREATE INDEX persons_national_id ON persons (national_id_hash);
CREATE INDEX persons_name_folded ON persons (name_folded);

-- memberships
CREATE TABLE rebuilt_memberships (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES persons (id),
    association_id BIGINT NOT NULL REFERENCES associations (id),
    external_id TEXT,
    member_number TEXT,
    branch_id BIGINT REFERENCES branches (id),
    joined_on DATE,
    left_on DATE,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'deceased')),
    sort_given TEXT NOT NULL,
    sort_full TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL, change_seq BIGINT NOT NULL DEFAULT 1, created_seq BIGINT NOT NULL DEFAULT 1,
    UNIQUE (association_id, external_id)
);
INSERT INTO rebuilt_memberships SELECT * FROM memberships;
DROP TABLE memberships;
ALTER TABLE rebuilt_memberships RENAME TO memberships;
CREATE INDEX memberships_given ON memberships (sort_given, id);
CREATE INDEX memberships_full ON memberships (sort_full, id);
CREATE INDEX memberships_created ON memberships (created_at, id);
CREATE INDEX memberships_association_given ON memberships (association_id, sort_given, id);
CREATE INDEX memberships_association_full ON memberships (association_id, sort_full, id);
CREATE INDEX memberships_person ON memberships (person_id);
CREATE INDEX memberships_changes ON memberships (association_id, change_seq, id);
CREATE INDEX memberships_unnumbered ON memberships (change_seq) WHERE change_seq < 0;

-- person_merges
CREATE TABLE rebuilt_person_merges (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    kept_person_id BIGINT NOT NULL REFERENCES persons (id),
    -- JSON array of the merged person ids.
    merged_person_ids TEXT NOT NULL,
    -- JSON array of [membership_id, from_person_id]: what moved, for undoing.
    moves TEXT NOT NULL,
    actor TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP,
    undone_by TEXT
);
INSERT INTO rebuilt_person_merges SELECT * FROM person_merges;
DROP TABLE person_merges;
ALTER TABLE rebuilt_person_merges RENAME TO person_merges;

-- jobs
CREATE TABLE rebuilt_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    kind TEXT NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'completed', 'failed')),
    rows_total BIGINT NOT NULL,
    rows_done BIGINT NOT NULL DEFAULT 0,
    report TEXT,
    error TEXT,
    actor TEXT NOT NULL,
    runner TEXT NOT NULL,
    heartbeat_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    started_at TIMESTAMP,
    finished_at TIMESTAMP
);
INSERT INTO rebuilt_jobs SELECT * FROM jobs;
DROP TABLE jobs;
ALTER TABLE rebuilt_jobs RENAME TO jobs;
CREATE INDEX jobs_association ON jobs (association_id, id);

-- award_categories
CREATE TABLE rebuilt_award_categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('provincial', 'national', 'international')),
    kind TEXT NOT NULL CHECK (kind IN ('title', 'order', 'academic', 'prize', 'certificate')),
    position INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_award_categories SELECT * FROM award_categories;
DROP TABLE award_categories;
ALTER TABLE rebuilt_award_categories RENAME TO award_categories;

-- honour_rounds
CREATE TABLE rebuilt_honour_rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    year INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    ceremony_on DATE,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'nominations_open', 'under_review', 'published')),
    published_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_honour_rounds SELECT * FROM honour_rounds;
DROP TABLE honour_rounds;
ALTER TABLE rebuilt_honour_rounds RENAME TO honour_rounds;
CREATE INDEX honour_rounds_year ON honour_rounds (year, id);

-- honourees
CREATE TABLE rebuilt_honourees (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    round_id BIGINT NOT NULL REFERENCES honour_rounds (id),
    person_id BIGINT REFERENCES persons (id),
    full_name TEXT NOT NULL,
    workplace TEXT,
    position TEXT,
    association_id BIGINT REFERENCES associations (id),
    citation TEXT,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'rejected')),
    decision_reason TEXT,
    decided_at TIMESTAMP,
    decided_by TEXT,
    proposed_by TEXT NOT NULL,
    search_text TEXT NOT NULL,
    person_key TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (round_id, person_key)
);
INSERT INTO rebuilt_honourees SELECT * FROM honourees;
DROP TABLE honourees;
ALTER TABLE rebuilt_honourees RENAME TO honourees;
CREATE INDEX honourees_round ON honourees (round_id, sort_key, id);
CREATE INDEX honourees_person ON honourees (person_id);

-- nominations
CREATE TABLE rebuilt_nominations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    programme TEXT NOT NULL CHECK (programme IN ('agriculture_intellectual', 'amateur_inventor', 'farmers_scientist', 'golden_book_creativity', 'outstanding_intellectual', 'other')),
    programme_name TEXT,
    year INTEGER NOT NULL,
    person_id BIGINT REFERENCES persons (id),
    nominee_name TEXT NOT NULL,
    workplace TEXT,
    association_id BIGINT REFERENCES associations (id),
    status TEXT NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'submitted', 'honoured', 'not_selected')),
    decision_reference TEXT,
    notes TEXT,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_nominations SELECT * FROM nominations;
DROP TABLE nominations;
ALTER TABLE rebuilt_nominations RENAME TO nominations;
CREATE INDEX nominations_year ON nominations (year, id);

-- commendations
CREATE TABLE rebuilt_commendations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('union', 'association', 'person')),
    association_id BIGINT REFERENCES associations (id),
    person_id BIGINT REFERENCES persons (id),
    recipient_name TEXT,
    type TEXT NOT NULL CHECK (type IN ('certificate_of_merit', 'emulation_flag', 'labour_order', 'emulation_fighter', 'other')),
    order_class TEXT CHECK (order_class IN ('first', 'second', 'third')),
    issuer TEXT NOT NULL CHECK (issuer IN ('state_president', 'prime_minister', 'vusta', 'national_association', 'provincial_peoples_committee', 'provincial_union', 'other')),
    issuer_name TEXT,
    decision_number TEXT,
    decided_on DATE,
    year INTEGER NOT NULL,
    citation TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_commendations SELECT * FROM commendations;
DROP TABLE commendations;
ALTER TABLE rebuilt_commendations RENAME TO commendations;
CREATE INDEX commendations_year ON commendations (year, id);
CREATE INDEX commendations_association ON commendations (association_id);
CREATE INDEX commendations_person ON commendations (person_id);

-- activities
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
    union_role TEXT NOT NULL CHECK (union_role IN ('led', 'co_organised', 'took_part')),
    outcome TEXT,
    links TEXT NOT NULL DEFAULT '[]',
    visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'internal')),
    council_name TEXT,
    projects_evaluated INTEGER,
    council_role TEXT CHECK (council_role IN ('chair', 'reviewer', 'member')),
    research_level TEXT CHECK (research_level IN ('national', 'provincial', 'grassroots')),
    research_status TEXT CHECK (research_status IN ('proposed', 'in_progress', 'completed', 'cancelled')),
    beneficiaries INTEGER,
    amount BIGINT,
    articles INTEGER,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO rebuilt_activities SELECT * FROM activities;
DROP TABLE activities;
ALTER TABLE rebuilt_activities RENAME TO activities;
CREATE INDEX activities_starts ON activities (starts_on, id);
CREATE INDEX activities_year_kind ON activities (year, kind);
CREATE INDEX activities_association ON activities (association_id, starts_on);

-- advisory_cases
CREATE TABLE rebuilt_advisory_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('consultation', 'critique', 'social_assessment', 'draft_law_comment')),
    requester TEXT NOT NULL CHECK (requester IN ('party_committee_standing_board', 'peoples_committee', 'peoples_council', 'fatherland_front', 'national_assembly_delegation', 'department', 'enterprise', 'other')),
    requester_name TEXT,
    request_reference TEXT,
    request_date DATE,
    legal_basis TEXT,
    field TEXT,
    received_on DATE NOT NULL,
    due_on DATE,
    under_contract BOOLEAN NOT NULL DEFAULT FALSE,
    fee BIGINT,
    confidentiality TEXT NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal')),
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'declined', 'in_progress', 'opinion_submitted', 'outcome_recorded', 'closed')),
    decline_reason TEXT,
    submitted_on DATE,
    outcome TEXT CHECK (outcome IN ('adopted', 'partially_adopted', 'not_adopted', 'unknown')),
    outcome_note TEXT,
    outcome_reference TEXT,
    closed_on DATE,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
, submitted_draft INTEGER);
INSERT INTO rebuilt_advisory_cases SELECT * FROM advisory_cases;
DROP TABLE advisory_cases;
ALTER TABLE rebuilt_advisory_cases RENAME TO advisory_cases;
CREATE INDEX advisory_cases_received ON advisory_cases (received_on, id);
CREATE INDEX advisory_cases_status_due ON advisory_cases (status, due_on);

-- advisory_experts
CREATE TABLE rebuilt_advisory_experts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES advisory_cases (id),
    user_id BIGINT REFERENCES users (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'reviewer', 'secretary', 'contributor')),
    has_conflict BOOLEAN,
    conflict_note TEXT,
    declared_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((user_id IS NULL) = (role = 'contributor'))
);
INSERT INTO rebuilt_advisory_experts SELECT * FROM advisory_experts;
DROP TABLE advisory_experts;
ALTER TABLE rebuilt_advisory_experts RENAME TO advisory_experts;
CREATE UNIQUE INDEX advisory_experts_person ON advisory_experts (case_id, person_id);
CREATE UNIQUE INDEX advisory_experts_chair ON advisory_experts (case_id) WHERE role = 'chair';
CREATE INDEX advisory_experts_user ON advisory_experts (user_id, case_id);

-- advisory_drafts
CREATE TABLE rebuilt_advisory_drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES advisory_cases (id),
    number INTEGER NOT NULL,
    body TEXT NOT NULL,
    chars INTEGER NOT NULL,
    note TEXT,
    author_user_id BIGINT,
    author_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (case_id, number)
);
INSERT INTO rebuilt_advisory_drafts SELECT * FROM advisory_drafts;
DROP TABLE advisory_drafts;
ALTER TABLE rebuilt_advisory_drafts RENAME TO advisory_drafts;

-- contests
CREATE TABLE rebuilt_contests (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
INSERT INTO rebuilt_contests SELECT * FROM contests;
DROP TABLE contests;
ALTER TABLE rebuilt_contests RENAME TO contests;

-- contest_editions
CREATE TABLE rebuilt_contest_editions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
INSERT INTO rebuilt_contest_editions SELECT * FROM contest_editions;
DROP TABLE contest_editions;
ALTER TABLE rebuilt_contest_editions RENAME TO contest_editions;
CREATE INDEX contest_editions_year ON contest_editions (year, id);

-- edition_criteria
CREATE TABLE rebuilt_edition_criteria (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    edition_id BIGINT NOT NULL REFERENCES contest_editions (id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 1000),
    max_score INTEGER NOT NULL CHECK (max_score BETWEEN 1 AND 1000),
    UNIQUE (edition_id, code),
    UNIQUE (edition_id, position)
);
INSERT INTO rebuilt_edition_criteria SELECT * FROM edition_criteria;
DROP TABLE edition_criteria;
ALTER TABLE rebuilt_edition_criteria RENAME TO edition_criteria;

-- contest_entries
CREATE TABLE rebuilt_contest_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
INSERT INTO rebuilt_contest_entries SELECT * FROM contest_entries;
DROP TABLE contest_entries;
ALTER TABLE rebuilt_contest_entries RENAME TO contest_entries;
CREATE INDEX contest_entries_edition ON contest_entries (edition_id, id);
CREATE INDEX contest_entries_association ON contest_entries (association_id, id);

-- entry_authors
CREATE TABLE rebuilt_entry_authors (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
INSERT INTO rebuilt_entry_authors SELECT * FROM entry_authors;
DROP TABLE entry_authors;
ALTER TABLE rebuilt_entry_authors RENAME TO entry_authors;
CREATE INDEX entry_authors_person ON entry_authors (person_id);

-- judge_assignments
CREATE TABLE rebuilt_judge_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    full_name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (entry_id, user_id)
);
INSERT INTO rebuilt_judge_assignments SELECT * FROM judge_assignments;
DROP TABLE judge_assignments;
ALTER TABLE rebuilt_judge_assignments RENAME TO judge_assignments;
CREATE INDEX judge_assignments_user ON judge_assignments (user_id, entry_id);

-- entry_scores
CREATE TABLE rebuilt_entry_scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    criterion_id BIGINT NOT NULL REFERENCES edition_criteria (id),
    score INTEGER NOT NULL CHECK (score >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (entry_id, user_id, criterion_id)
);
INSERT INTO rebuilt_entry_scores SELECT * FROM entry_scores;
DROP TABLE entry_scores;
ALTER TABLE rebuilt_entry_scores RENAME TO entry_scores;

-- entry_score_changes
CREATE TABLE rebuilt_entry_score_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES contest_entries (id),
    user_id BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL REFERENCES edition_criteria (id),
    old_score INTEGER,
    new_score INTEGER,
    changed_at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL
);
INSERT INTO rebuilt_entry_score_changes SELECT * FROM entry_score_changes;
DROP TABLE entry_score_changes;
ALTER TABLE rebuilt_entry_score_changes RENAME TO entry_score_changes;
CREATE INDEX entry_score_changes_entry ON entry_score_changes (entry_id, id);

-- association_annual_reports
CREATE TABLE rebuilt_association_annual_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    members BIGINT CHECK (members >= 0),
    intellectual_members BIGINT CHECK (intellectual_members >= 0),
    branches BIGINT CHECK (branches >= 0),
    activities BIGINT CHECK (activities >= 0),
    document TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (association_id, year)
);
INSERT INTO rebuilt_association_annual_reports SELECT * FROM association_annual_reports;
DROP TABLE association_annual_reports;
ALTER TABLE rebuilt_association_annual_reports RENAME TO association_annual_reports;
CREATE INDEX association_annual_reports_year ON association_annual_reports (year);

-- indicators
CREATE TABLE rebuilt_indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 64),
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    number TEXT NOT NULL,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL CHECK (unit IN ('years', 'count', 'people', 'presence')),
    metric TEXT,
    dimensions TEXT,
    window_years INTEGER NOT NULL DEFAULT 1 CHECK (window_years BETWEEN 1 AND 50),
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (metric IS NOT NULL OR (dimensions IS NULL AND window_years = 1))
);
INSERT INTO rebuilt_indicators SELECT * FROM indicators;
DROP TABLE indicators;
ALTER TABLE rebuilt_indicators RENAME TO indicators;

-- indicator_values
CREATE TABLE rebuilt_indicator_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    union_value DOUBLE,
    union_note TEXT,
    national_value DOUBLE,
    national_source TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (indicator_id, year),
    CHECK (national_value IS NULL OR national_source IS NOT NULL)
);
INSERT INTO rebuilt_indicator_values SELECT * FROM indicator_values;
DROP TABLE indicator_values;
ALTER TABLE rebuilt_indicator_values RENAME TO indicator_values;

-- The triggers went with their tables.
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

COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
