-- Advisory opinions (tư vấn, phản biện và giám định xã hội): cases from the authority's
-- request to the outcome, by explicit workflow steps.

CREATE TABLE advisory_cases (
    id INTEGER PRIMARY KEY NOT NULL,
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
);
CREATE INDEX advisory_cases_received ON advisory_cases (received_on, id);
CREATE INDEX advisory_cases_status_due ON advisory_cases (status, due_on);
