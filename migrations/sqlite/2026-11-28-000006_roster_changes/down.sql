DROP INDEX memberships_changes;
ALTER TABLE memberships DROP COLUMN created_seq;
ALTER TABLE memberships DROP COLUMN change_seq;
DROP TABLE counters;
