DROP TABLE advisory_cases;
