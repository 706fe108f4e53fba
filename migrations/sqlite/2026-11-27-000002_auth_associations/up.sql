-- Users, associations and branches, and the write machinery every resource uses: the audit
-- log and idempotency keys.

CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 64),
    password_hash TEXT NOT NULL,
    person_id BIGINT,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'association_manager', 'judge', 'expert', 'statistics_reader')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE associations (
    id INTEGER PRIMARY KEY NOT NULL,
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
CREATE INDEX associations_sort ON associations (sort_key, id);
CREATE INDEX associations_created ON associations (created_at, id);

CREATE TABLE user_associations (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    PRIMARY KEY (user_id, association_id)
);

CREATE TABLE association_status_history (
    id INTEGER PRIMARY KEY NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    effective_on DATE NOT NULL,
    reason TEXT,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX association_status_history_association ON association_status_history (association_id, id);

CREATE TABLE branches (
    id INTEGER PRIMARY KEY NOT NULL,
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
CREATE INDEX branches_sort ON branches (association_id, sort_key, id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor_user_id BIGINT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    request_id TEXT,
    changes TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, id);
CREATE INDEX audit_log_time ON audit_log (occurred_at, id);

CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER,
    response_headers TEXT,
    response_body BLOB,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
