-- Memberships written before their transaction took its change number (models::member::
-- number_changes): none outside a running transaction, so the index stays empty and finds them
-- at once.
CREATE INDEX memberships_unnumbered ON memberships (change_seq) WHERE change_seq < 0;
