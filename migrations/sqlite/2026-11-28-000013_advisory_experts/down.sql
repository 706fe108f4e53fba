ALTER TABLE advisory_cases DROP COLUMN submitted_draft;
DROP TABLE advisory_drafts;
DROP TABLE advisory_experts;
