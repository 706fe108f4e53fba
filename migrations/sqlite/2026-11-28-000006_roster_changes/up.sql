-- The roster change feed: every write of a membership stamps it with the number of its write
-- transaction (taken from a counter row that is held until commit, so numbers follow commit
-- order); a feed reads an association's memberships by (change_seq, id) after its cursor.

CREATE TABLE counters (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
-- Change numbers, and the feed's epoch: a cursor from another database (a restore, a copy)
-- names another epoch and is refused as expired.
INSERT INTO counters (name, value) VALUES ('membership_changes', 1);
INSERT INTO counters (name, value) VALUES ('feed_epoch', abs(random() % 1000000000000));

-- change_seq: the last write; created_seq: the creating write (so a feed can say "created").
ALTER TABLE memberships ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 1;
ALTER TABLE memberships ADD COLUMN created_seq BIGINT NOT NULL DEFAULT 1;
CREATE INDEX memberships_changes ON memberships (association_id, change_seq, id);
