DROP TABLE person_merges;
DROP INDEX persons_name_birth;
ALTER TABLE persons DROP COLUMN merged_into;
