DELETE FROM counters WHERE name = 'search_words';
