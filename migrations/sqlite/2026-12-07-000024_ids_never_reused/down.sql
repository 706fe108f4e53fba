-- AUTOINCREMENT is kept: it changes no column, and undoing it would let ids be reused again.
SELECT 1;
