DROP TRIGGER member_figures_persons ON persons;
DROP TRIGGER member_figures_delete ON memberships;
DROP TRIGGER member_figures_update ON memberships;
DROP TRIGGER member_figures_insert ON memberships;
DROP FUNCTION member_figures_of_persons();
DROP FUNCTION member_figures_of_memberships();
DROP TABLE member_figures;
