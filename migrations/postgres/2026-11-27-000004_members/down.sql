DROP TABLE memberships;
DROP TABLE person_name_tokens;
DROP TABLE persons;
