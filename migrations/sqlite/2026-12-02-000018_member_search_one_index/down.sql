CREATE TABLE member_search_old (
    token TEXT NOT NULL,
    sort_given TEXT NOT NULL,
    membership_id BIGINT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    PRIMARY KEY (token, sort_given, membership_id)
) WITHOUT ROWID;
INSERT INTO member_search_old (token, sort_given, membership_id)
SELECT token, sort_given, membership_id FROM member_search;
DROP TABLE member_search;
ALTER TABLE member_search_old RENAME TO member_search;
CREATE INDEX member_search_membership ON member_search (membership_id, token);
