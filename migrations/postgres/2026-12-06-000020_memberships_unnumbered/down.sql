DROP INDEX memberships_unnumbered;
