-- When an edition opened for entries, started judging and closed, as staff record the steps
-- (issue 30), beside published_on: contests held since 2012 are entered years later. NULL: not
-- yet, or before the dates were kept.
ALTER TABLE contest_editions ADD COLUMN opened_on DATE;
ALTER TABLE contest_editions ADD COLUMN judging_started_on DATE;
ALTER TABLE contest_editions ADD COLUMN closed_on DATE;
