DROP TABLE indicator_values;
DROP TABLE indicators;
DROP TABLE association_annual_reports;
