DROP TABLE reference_values;
DROP TABLE reference_lists;
