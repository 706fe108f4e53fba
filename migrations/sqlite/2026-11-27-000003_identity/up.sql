-- Identity and access: refresh tokens, machine clients, login throttling, password changes.

ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN last_login_at TIMESTAMP;

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    family_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    rotated_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE api_clients (
    id INTEGER PRIMARY KEY NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    last_used_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE api_client_roles (
    client_pk BIGINT NOT NULL REFERENCES api_clients (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('staff', 'association_manager', 'statistics_reader')),
    PRIMARY KEY (client_pk, role)
);

CREATE TABLE api_client_associations (
    client_pk BIGINT NOT NULL REFERENCES api_clients (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    PRIMARY KEY (client_pk, association_id)
);

CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY NOT NULL,
    username_key TEXT NOT NULL,
    client_addr TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    succeeded BOOLEAN NOT NULL
);
CREATE INDEX login_attempts_user ON login_attempts (username_key, attempted_at);
CREATE INDEX login_attempts_addr ON login_attempts (client_addr, attempted_at);
