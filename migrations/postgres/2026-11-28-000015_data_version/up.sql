-- The data version: one number that grows with every committed change of the union's data
-- (each write transaction that records an audit record moves it on as it commits), so that
-- every replica knows when the figures it computed are out of date.

CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, (now() AT TIME ZONE 'UTC'));
