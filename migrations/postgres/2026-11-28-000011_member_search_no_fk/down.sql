ALTER TABLE member_search ADD CONSTRAINT member_search_membership_id_fkey
    FOREIGN KEY (membership_id) REFERENCES memberships (id) ON DELETE CASCADE;
