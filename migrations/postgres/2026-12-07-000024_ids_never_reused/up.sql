-- Nothing to do: PostgreSQL sequences never hand out an id twice (the SQLite migration of
-- this name makes SQLite do the same). Kept so both backends share one schema version.
SELECT 1;
