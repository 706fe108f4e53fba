DROP TABLE person_merges;
ALTER TABLE persons DROP COLUMN merged_into;
