-- Every claim transaction writes its person's row (INSERT … ON DUPLICATE KEY UPDATE claims_recorded + 1) before it
-- reads anything: two claims for one person then always write the same row, so they conflict under InnoDB's row lock
-- on one server and under Galera's certification across nodes (which does not replicate SELECT … FOR UPDATE).
-- The column counts the person's claim rows.
ALTER TABLE person ADD COLUMN claims_recorded INT NOT NULL DEFAULT 0;
UPDATE person p SET claims_recorded = (SELECT COUNT(*) FROM claim c WHERE c.person_id = p.id);
