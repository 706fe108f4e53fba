ALTER TABLE member_search DROP COLUMN words;
