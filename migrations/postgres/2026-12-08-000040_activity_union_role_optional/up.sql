-- An association's own activity may have no part of the union in it (issue 32).
ALTER TABLE activities ALTER COLUMN union_role DROP NOT NULL;
