-- Member search index: one row per (name word, membership), ordered by the given-name sort key,
-- so that a one-word search sorted by given name is an ordered range scan of one index that
-- stops as soon as a page is full, however many people share the word. Replaces the
-- person-level token table.

CREATE TABLE member_search (
    token TEXT COLLATE "C" NOT NULL,
    sort_given TEXT COLLATE "C" NOT NULL,
    membership_id BIGINT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    PRIMARY KEY (token, sort_given, membership_id)
);
CREATE INDEX member_search_membership ON member_search (membership_id, token);

INSERT INTO member_search (token, sort_given, membership_id)
SELECT DISTINCT t.token, m.sort_given, m.id
FROM person_name_tokens t JOIN memberships m ON m.person_id = t.person_id;

DROP TABLE person_name_tokens;
