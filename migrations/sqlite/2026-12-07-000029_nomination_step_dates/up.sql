-- When a nomination was sent to its programme and when the programme decided, as staff record
-- them (issue 30): the union's history is entered years later, and the day it is entered is
-- not the day it happened (the audit log keeps that one). NULL: not yet, or before the dates
-- were kept.
ALTER TABLE nominations ADD COLUMN submitted_on DATE;
ALTER TABLE nominations ADD COLUMN decided_on DATE;
