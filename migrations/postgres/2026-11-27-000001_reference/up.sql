-- Reference lists (code lists) served by /api/v1/reference. Filled from the data compiled
-- into the binary at every start (see src/models/reference.rs).
CREATE TABLE reference_lists (
    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    title_vi TEXT NOT NULL,
    title_en TEXT NOT NULL,
    source TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE reference_values (
    list TEXT NOT NULL REFERENCES reference_lists (name) ON DELETE CASCADE,
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    label_vi TEXT NOT NULL,
    label_en TEXT NOT NULL,
    other_names TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (list, code)
);
