-- One register of disqualification (7.17 取缔培训资格): the institution catalogue. Until now a clawback wrote
-- disqualified_institution and, for a catalogued institution, its status as well, and the engine read both.
-- An institution only the old register knew (never catalogued) becomes a catalogue entry known from its
-- clawback: credit code and name, no kind or ownership.
ALTER TABLE training_institution MODIFY kind VARCHAR(40) NULL, MODIFY ownership VARCHAR(10) NULL;

INSERT INTO training_institution (credit_code, name, kind, ownership, county, status, status_on, status_claim_id,
                                  status_reason, status_category, created_at, created_by)
SELECT d.credit_code, d.name, NULL, NULL, NULL, 'DISQUALIFIED', DATE(d.disqualified_at), d.claim_id, d.reason, d.category,
       d.disqualified_at, d.disqualified_by
FROM disqualified_institution d
WHERE NOT EXISTS (SELECT 1 FROM training_institution i WHERE i.credit_code = d.credit_code);

-- a catalogued institution the register lists is disqualified, whatever its status said
UPDATE training_institution i JOIN disqualified_institution d ON d.credit_code = i.credit_code
SET i.status = 'DISQUALIFIED', i.status_on = DATE(d.disqualified_at), i.status_claim_id = d.claim_id,
    i.status_reason = d.reason, i.status_category = d.category
WHERE i.status <> 'DISQUALIFIED';

-- Each institution's status history, written with every change; it starts with the status as it stands now
-- (earlier changes are in the audit log).
CREATE TABLE institution_status_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT        NOT NULL,
    from_status     VARCHAR(20)   NULL,
    to_status       VARCHAR(20)   NOT NULL,
    changed_on      DATE          NOT NULL,
    claim_id        BIGINT        NULL,
    reason          VARCHAR(1000) NULL,
    category        VARCHAR(30)   NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_status_change_institution FOREIGN KEY (institution_id) REFERENCES training_institution (id),
    INDEX ix_status_change_institution (institution_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO institution_status_change (institution_id, from_status, to_status, changed_on, claim_id, reason, category, changed_by)
SELECT id, NULL, status, status_on, status_claim_id, status_reason, status_category, created_by
FROM training_institution ORDER BY id;

DROP TABLE disqualified_institution;
