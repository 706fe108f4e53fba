-- Each association proposes a person at most once per round, and two associations may propose
-- the same person without either learning of the other's proposal: the key of a proposal
-- starts with its association (0 for none). Staff approve a person once per round (checked by
-- the service, which sees every proposal).
UPDATE honourees SET person_key = 'a' || CAST(COALESCE(association_id, 0) AS TEXT) || ':' || person_key;
