ALTER TABLE advisory_cases DROP COLUMN speech_proposal;
