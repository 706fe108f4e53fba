DROP TABLE idempotency_keys;
DROP TABLE audit_log;
DROP TABLE branches;
DROP TABLE association_status_history;
DROP TABLE user_associations;
DROP TABLE associations;
DROP TABLE user_roles;
DROP TABLE users;
