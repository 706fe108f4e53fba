-- The chain of keys the stored national-ID hashes are made under, oldest first, by their
-- public ids (the first 6 bytes of each key's SHA-256; never the keys). Start-up refuses a
-- configured chain that differs, so that a forgotten or wrong key cannot silently make the
-- stored hashes unmatchable. `lienhiep keys rotate-id-hash` adds a key.

CREATE TABLE id_hash_keys (
    ordinal INTEGER PRIMARY KEY,
    key_id TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL
);
