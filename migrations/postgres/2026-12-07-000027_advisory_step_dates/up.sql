-- When each step of a case happened, as staff record it (issue 30): the report's history is
-- entered years later, and a step stamped with the day it was entered would put a 2026
-- acceptance between a 2019 receipt and a 2019 opinion. The audit log keeps when each was
-- entered. NULL: the step was not taken, or was taken before its date was kept.
ALTER TABLE advisory_cases ADD COLUMN accepted_on DATE;
ALTER TABLE advisory_cases ADD COLUMN declined_on DATE;
ALTER TABLE advisory_cases ADD COLUMN started_on DATE;
ALTER TABLE advisory_cases ADD COLUMN outcome_on DATE;
