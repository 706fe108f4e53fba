UPDATE indicators SET metric = NULL WHERE code IN ('founding_seniority', 'full_time_staff') AND metric IN ('union_age_years', 'union_full_time_staff');
DROP TABLE union_units;
DROP TABLE union_staff;
DROP TABLE union_terms;
DROP TABLE union_profile;
