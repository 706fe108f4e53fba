-- Duplicate people and their merges: a merge moves every membership of the merged people to
-- the kept one and marks them merged (their rows stay, so that the merge can be undone).

ALTER TABLE persons ADD COLUMN merged_into BIGINT REFERENCES persons (id);

CREATE TABLE person_merges (
    id INTEGER PRIMARY KEY NOT NULL,
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
