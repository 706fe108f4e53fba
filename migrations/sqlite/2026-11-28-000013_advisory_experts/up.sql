-- Advisory cases, second part: the experts on a case (users linked to persons, with a role
-- and a conflict-of-interest declaration), contributors without an account, and versioned
-- opinion drafts; the submitted draft is recorded on the case.

CREATE TABLE advisory_experts (
    id INTEGER PRIMARY KEY NOT NULL,
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
CREATE UNIQUE INDEX advisory_experts_person ON advisory_experts (case_id, person_id);
CREATE UNIQUE INDEX advisory_experts_chair ON advisory_experts (case_id) WHERE role = 'chair';
CREATE INDEX advisory_experts_user ON advisory_experts (user_id, case_id);

CREATE TABLE advisory_drafts (
    id INTEGER PRIMARY KEY NOT NULL,
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

ALTER TABLE advisory_cases ADD COLUMN submitted_draft INTEGER;
