-- Visits to a publication's online channel (the forum, the newsletter's pages, the portal)
-- over the activity's period: the report counts readership ("9 million visits"), issue 30.
ALTER TABLE activities ADD COLUMN visits INTEGER CHECK (visits >= 0);
