-- What a publication is (issue 30: the report tells the newsletter from the online forum, the
-- associations' periodicals from their thematic publication and their website): code list
-- publication_kinds, for publication activities only.
ALTER TABLE activities ADD COLUMN publication_kind TEXT
    CHECK (publication_kind IN ('newsletter', 'online_forum', 'journal', 'website', 'thematic', 'other'));
