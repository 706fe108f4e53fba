-- A line of the indicator table either counts the year itself (or a window of years ending
-- with it) or means "has it, as of that year" (issue 30): an emulation flag received in 2017
-- answers "yes" in 2019. since_year says the second: a computed value sums every year from it,
-- a recorded value is the latest recorded since it.
ALTER TABLE indicators ADD COLUMN since_year INTEGER CHECK (since_year BETWEEN 1945 AND 2100);

-- The seeded lines that the report's table reads "as of the year" count from 2010, the year
-- the union was founded (and Directive 42-CT/TW issued); the five of section I about the year
-- itself (seniority, associations, members, intellectuals, staff) keep counting that year.
-- Definitions staff have changed (a different window, or a since_year) are left as they are.
UPDATE indicators SET since_year = 2010, window_years = 1, version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE since_year IS NULL AND (
        (window_years = 5 AND code IN ('technical_innovation_contest', 'youth_creativity_contest', 'provincial_honours'))
        OR (window_years = 1 AND code IN (
            'department_level_office', 'service_car', 'newsletter', 'online_forum', 'journal',
            'research_and_workshops', 'councils', 'provincial_st_award', 'st_award_secretariat',
            'national_nominations', 'advice_to_province', 'consultation_and_critique', 'social_activities',
            'certificates_of_merit', 'emulation_flags', 'national_celebration_delegate',
            'prime_minister_merit_individual', 'prime_minister_merit_collective', 'labour_orders')));
