DELETE FROM jobs WHERE association_id IS NULL;
ALTER TABLE jobs ALTER COLUMN association_id SET NOT NULL;
