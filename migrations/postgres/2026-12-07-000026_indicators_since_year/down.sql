UPDATE indicators SET window_years = 5, version = version + 1, updated_at = (now() AT TIME ZONE 'UTC')
    WHERE since_year = 2010 AND code IN ('technical_innovation_contest', 'youth_creativity_contest', 'provincial_honours');
ALTER TABLE indicators DROP COLUMN since_year;
