-- The search index keeps one index, its primary key (token, sort_given, membership_id). The
-- second, by membership, served only to remove a membership's rows when its name changed;
-- those rows are now removed by their own key, worked out from the old name and the stored
-- sort key. A first roster sync of 30,000 members writes about 100,000 search rows, and
-- each paid a second index insert.
DROP INDEX member_search_membership;
