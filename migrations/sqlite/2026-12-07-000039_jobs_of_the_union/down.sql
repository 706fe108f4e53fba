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
INSERT INTO rebuilt_jobs SELECT * FROM jobs WHERE association_id IS NOT NULL;
DROP TABLE jobs;
ALTER TABLE rebuilt_jobs RENAME TO jobs;
CREATE INDEX jobs_association ON jobs (association_id, id);
