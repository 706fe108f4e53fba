ALTER TABLE advisory_cases DROP COLUMN outcome_on;
ALTER TABLE advisory_cases DROP COLUMN started_on;
ALTER TABLE advisory_cases DROP COLUMN declined_on;
ALTER TABLE advisory_cases DROP COLUMN accepted_on;
