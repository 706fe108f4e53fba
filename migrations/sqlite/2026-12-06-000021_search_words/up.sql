-- Search now cuts names into words at every character that is not a letter or a digit
-- ("Nguyễn-Văn" is two words), where it cut at spaces only. The service re-derives the search
-- index of the names that the new rule cuts differently when it starts, and then sets this
-- counter to the rule's version (models::member::reindex_search).
INSERT INTO counters (name, value) VALUES ('search_words', 0);
