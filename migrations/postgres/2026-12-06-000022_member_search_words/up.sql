-- Each row of the search index carries all the words of its name (a space before each word),
-- in the primary key's index as an included column: a search checks its other words on the
-- index row it scans (`words LIKE '% thi%'`), reading on in order, instead of probing the
-- index once more per row. Rebuilt rather than updated in place: one pass, no dead rows.
-- The words come from the folded name; the names that punctuation cuts differently are
-- re-derived by the service when it starts (models::member::reindex_search).
CREATE TABLE member_search_words (
    token TEXT COLLATE "C" NOT NULL,
    sort_given TEXT COLLATE "C" NOT NULL,
    membership_id BIGINT NOT NULL,
    words TEXT COLLATE "C" NOT NULL
);
INSERT INTO member_search_words (token, sort_given, membership_id, words)
SELECT s.token, s.sort_given, s.membership_id, ' ' || p.name_folded
FROM member_search s
JOIN memberships m ON m.id = s.membership_id
JOIN persons p ON p.id = m.person_id;
DROP TABLE member_search;
ALTER TABLE member_search_words RENAME TO member_search;
ALTER TABLE member_search ADD CONSTRAINT member_search_pkey PRIMARY KEY (token, sort_given, membership_id) INCLUDE (words);
CREATE INDEX member_search_membership ON member_search (membership_id, token);
UPDATE counters SET value = 0 WHERE name = 'search_words';
