-- Members: people, their memberships of associations, and the name-token index that makes
-- word-prefix search an index range scan on both backends.

CREATE TABLE persons (
    id INTEGER PRIMARY KEY NOT NULL,
    full_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    middle_name TEXT,
    given_name TEXT NOT NULL,
    name_lower TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('male', 'female', 'other')),
    birth_date DATE,
    birth_year INTEGER,
    ethnicity TEXT,
    education_level TEXT CHECK (education_level IN ('none', 'secondary', 'college', 'bachelor', 'master', 'doctor', 'doctor_of_science')),
    academic_title TEXT CHECK (academic_title IN ('associate_professor', 'professor')),
    honour_titles TEXT NOT NULL DEFAULT '',
    field_of_expertise TEXT,
    workplace TEXT,
    position TEXT,
    phone TEXT,
    email TEXT,
    national_id_hash TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX persons_national_id ON persons (national_id_hash);
CREATE INDEX persons_name_folded ON persons (name_folded);

CREATE TABLE person_name_tokens (
    token TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
);
CREATE INDEX person_name_tokens_person ON person_name_tokens (person_id, token);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY NOT NULL,
    person_id BIGINT NOT NULL REFERENCES persons (id),
    association_id BIGINT NOT NULL REFERENCES associations (id),
    external_id TEXT,
    member_number TEXT,
    branch_id BIGINT REFERENCES branches (id),
    joined_on DATE,
    left_on DATE,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'deceased')),
    sort_given TEXT NOT NULL,
    sort_full TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (association_id, external_id)
);
CREATE INDEX memberships_given ON memberships (sort_given, id);
CREATE INDEX memberships_full ON memberships (sort_full, id);
CREATE INDEX memberships_created ON memberships (created_at, id);
CREATE INDEX memberships_association_given ON memberships (association_id, sort_given, id);
CREATE INDEX memberships_association_full ON memberships (association_id, sort_full, id);
CREATE INDEX memberships_person ON memberships (person_id);
