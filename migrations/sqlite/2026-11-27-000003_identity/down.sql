DROP TABLE login_attempts;
DROP TABLE api_client_associations;
DROP TABLE api_client_roles;
DROP TABLE api_clients;
DROP TABLE refresh_tokens;
ALTER TABLE users DROP COLUMN last_login_at;
ALTER TABLE users DROP COLUMN must_change_password;
