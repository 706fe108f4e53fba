ALTER TABLE activities DROP COLUMN visits;
