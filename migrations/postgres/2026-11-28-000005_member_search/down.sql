CREATE TABLE person_name_tokens (
    token TEXT COLLATE "C" NOT NULL,
    person_id BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
);
CREATE INDEX person_name_tokens_person ON person_name_tokens (person_id, token);

INSERT INTO person_name_tokens (token, person_id)
SELECT DISTINCT s.token, m.person_id
FROM member_search s JOIN memberships m ON m.id = s.membership_id;

DROP TABLE member_search;
