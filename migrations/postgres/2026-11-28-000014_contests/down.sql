DROP TABLE entry_score_changes;
DROP TABLE entry_scores;
DROP TABLE judge_assignments;
DROP TABLE entry_authors;
DROP TABLE contest_entries;
DROP TABLE edition_criteria;
DROP TABLE contest_editions;
DROP TABLE contests;
