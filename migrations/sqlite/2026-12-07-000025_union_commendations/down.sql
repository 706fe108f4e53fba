UPDATE indicators SET metric = 'commendations_by_type', dimensions = 'certificate_of_merit', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'certificates_of_merit' AND metric = 'commendations_by_recipient' AND dimensions = 'union:certificate_of_merit';
UPDATE indicators SET metric = 'commendations_by_type', dimensions = 'emulation_flag', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'emulation_flags' AND metric = 'commendations_by_recipient' AND dimensions = 'union:emulation_flag';
UPDATE indicators SET metric = 'commendations_by_type', dimensions = 'labour_order', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'labour_orders' AND metric = 'commendations_by_recipient' AND dimensions = 'union:labour_order';
