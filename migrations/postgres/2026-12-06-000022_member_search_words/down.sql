ALTER TABLE member_search DROP CONSTRAINT member_search_pkey;
ALTER TABLE member_search DROP COLUMN words;
ALTER TABLE member_search ADD CONSTRAINT member_search_pkey PRIMARY KEY (token, sort_given, membership_id);
