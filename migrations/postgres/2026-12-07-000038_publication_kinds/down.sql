ALTER TABLE activities DROP COLUMN publication_kind;
