DROP TABLE union_province_figures;
