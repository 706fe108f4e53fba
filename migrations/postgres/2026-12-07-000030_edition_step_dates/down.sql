ALTER TABLE contest_editions DROP COLUMN closed_on;
ALTER TABLE contest_editions DROP COLUMN judging_started_on;
ALTER TABLE contest_editions DROP COLUMN opened_on;
