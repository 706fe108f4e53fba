DROP TABLE id_hash_keys;
