-- Background jobs (big roster syncs): state, progress and the final report. A job's work is
-- one transaction, so a job interrupted by a restart changed nothing and is marked failed.

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY NOT NULL,
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
CREATE INDEX jobs_association ON jobs (association_id, id);
