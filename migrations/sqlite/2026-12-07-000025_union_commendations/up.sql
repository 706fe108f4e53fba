-- The commendation lines of the indicator table (issue 30) are about the union itself: a
-- certificate of merit, an emulation flag or a Labour Order that the union received. They
-- counted every commendation of the type, so a flag to a member association or a person
-- ticked the union's line. They now count the union's own, from the metric by recipient and
-- type. Definitions that staff have changed since they were seeded are left as they are.
UPDATE indicators SET metric = 'commendations_by_recipient', dimensions = 'union:certificate_of_merit', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'certificates_of_merit' AND metric = 'commendations_by_type' AND dimensions = 'certificate_of_merit';
UPDATE indicators SET metric = 'commendations_by_recipient', dimensions = 'union:emulation_flag', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'emulation_flags' AND metric = 'commendations_by_type' AND dimensions = 'emulation_flag';
UPDATE indicators SET metric = 'commendations_by_recipient', dimensions = 'union:labour_order', version = version + 1, updated_at = CURRENT_TIMESTAMP
    WHERE code = 'labour_orders' AND metric = 'commendations_by_type' AND dimensions = 'labour_order';
