-- On PostgreSQL this migration drops the foreign key of member_search (see the PostgreSQL
-- migration of the same name). SQLite checks it cheaply and cannot drop a constraint without
-- rebuilding the table, so here it stays; this file keeps the two migration lists in step.
SELECT 1;
