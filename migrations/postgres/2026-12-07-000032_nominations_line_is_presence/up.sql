-- Line II.5.2 of the report's indicator table ("Hướng dẫn, đề cử trí thức vinh danh toàn
-- quốc") is a yes/no line like the rest of section II: the report's table marks it "X" (and
-- notes the number of people). It was seeded as a count, so the table answered 13 with no
-- "present"; the re-entered report (tests/api/report.rs) found it. The count stays the value
-- shown. A definition staff have changed is left as it is.
UPDATE indicators SET unit = 'presence', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'national_nominations' AND unit = 'count';
