-- Back to a role for every activity: those without one become 'took_part'.
UPDATE activities SET union_role = 'took_part' WHERE union_role IS NULL;
ALTER TABLE activities ALTER COLUMN union_role SET NOT NULL;
