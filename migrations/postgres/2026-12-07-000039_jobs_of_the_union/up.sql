-- Every import runs as a background job above the threshold (issue 31), and the imports of
-- honourees, activities, advisory cases and past contest editions are the union's, not an
-- association's: their jobs have no association.
ALTER TABLE jobs ALTER COLUMN association_id DROP NOT NULL;
