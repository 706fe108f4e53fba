DROP TRIGGER member_figures_persons;
DROP TRIGGER member_figures_update;
DROP TRIGGER member_figures_delete;
DROP TRIGGER member_figures_insert;
DROP TABLE member_figures;
