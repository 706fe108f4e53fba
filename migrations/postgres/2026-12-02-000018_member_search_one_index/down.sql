CREATE INDEX member_search_membership ON member_search (membership_id, token);
