ALTER TABLE nominations DROP COLUMN decided_on;
ALTER TABLE nominations DROP COLUMN submitted_on;
