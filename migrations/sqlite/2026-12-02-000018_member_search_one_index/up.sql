-- The search index keeps one index, its primary key (token, sort_given, membership_id). The
-- second, by membership, served only to remove a membership's rows when its name changed;
-- those rows are now removed by their own key, worked out from the old name and the stored
-- sort key. A first roster sync of 30,000 members writes about 100,000 search rows, and
-- each paid a second index insert.
--
-- SQLite cannot drop a foreign key, so the table is rebuilt, as it was on PostgreSQL in
-- 000011: without the foreign key to memberships (a derived index written only with its
-- membership, in the same transaction; memberships are never deleted) and without the
-- second index, which the foreign key's cascade would otherwise have needed.
CREATE TABLE member_search_new (
    token TEXT NOT NULL,
    sort_given TEXT NOT NULL,
    membership_id BIGINT NOT NULL,
    PRIMARY KEY (token, sort_given, membership_id)
) WITHOUT ROWID;
INSERT INTO member_search_new (token, sort_given, membership_id)
SELECT token, sort_given, membership_id FROM member_search ORDER BY token, sort_given, membership_id;
DROP TABLE member_search;
ALTER TABLE member_search_new RENAME TO member_search;
