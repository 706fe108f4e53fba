UPDATE indicators SET unit = 'count', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'national_nominations' AND unit = 'presence';
