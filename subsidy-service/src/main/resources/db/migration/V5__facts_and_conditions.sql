-- Rule sets whose conditions are expressions over declared facts (林政办发〔2020〕5号 stated in full).

-- Rule-set versions written for the first engine (conditions as named tests) cannot be read by this one. They are
-- kept for the record, apart, and the built-in version of this release is stored anew at start; claims keep the
-- name of the version that decided them and their own decision record, so none of them changes.
CREATE TABLE rule_set_version_retired (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        VARCHAR(64)  NOT NULL,
    effective_from DATE         NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    content        LONGTEXT     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    loaded_at      TIMESTAMP(3) NOT NULL,
    loaded_by      VARCHAR(200) NOT NULL,
    retired_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO rule_set_version_retired (id, version, effective_from, period_from, period_to, source, content, sha256, loaded_at, loaded_by)
    SELECT id, version, effective_from, period_from, period_to, source, content, sha256, loaded_at, loaded_by FROM rule_set_version;
DELETE FROM rule_set_version;

-- The text of a version as it was loaded (GET /rules/versions/{version} with Accept: application/yaml).
ALTER TABLE rule_set_version ADD COLUMN source_text LONGTEXT NULL;

-- 6.12 个人未领取补贴: who each claim pays (none when no rule set was in force). Earlier claims get their programme's
-- payee of the built-in rule set.
ALTER TABLE claim ADD COLUMN payee VARCHAR(20) NULL;
UPDATE claim SET payee = CASE programme
    WHEN 'SKILL_CERTIFICATE' THEN 'PERSON'
    WHEN 'ENTERPRISE_TRAINING' THEN 'ENTERPRISE'
    WHEN 'APPRENTICESHIP' THEN 'ENTERPRISE'
    WHEN 'PRE_JOB_TRAINING' THEN 'ENTERPRISE'
    ELSE 'INSTITUTION' END;
UPDATE claim SET payee = NULL WHERE rule_set_version IS NULL;
CREATE INDEX ix_claim_person_payee ON claim (person_id, family, payee);

-- 7.17 区分不同情况对待: why a claim was clawed back. The first version clawed back for fraud only.
ALTER TABLE claim ADD COLUMN clawback_category VARCHAR(30) NULL;
UPDATE claim SET clawback_category = 'FRAUD' WHERE clawed_back_at IS NOT NULL;
ALTER TABLE disqualified_institution ADD COLUMN category VARCHAR(30) NOT NULL DEFAULT 'FRAUD';
ALTER TABLE training_institution ADD COLUMN status_category VARCHAR(30) NULL;
UPDATE training_institution SET status_category = 'FRAUD' WHERE status = 'DISQUALIFIED' AND status_claim_id IS NOT NULL;

-- Names compared by their canonical form: Unicode format and control characters (zero-width spaces, joiners,
-- direction marks) no longer count, so 同一职业同一等级 cannot be walked around with invisible characters.
UPDATE claim SET occupation_key = TRIM(REGEXP_REPLACE(REGEXP_REPLACE(occupation_key, '[\\p{Cf}\\p{Cc}]', ''), '\\s+', ' '));
UPDATE IGNORE institution_approval SET occupation_key = TRIM(REGEXP_REPLACE(REGEXP_REPLACE(occupation_key, '[\\p{Cf}\\p{Cc}]', ''), '\\s+', ' '));
UPDATE training_project SET occupation_key = TRIM(REGEXP_REPLACE(REGEXP_REPLACE(occupation_key, '[\\p{Cf}\\p{Cc}]', ''), '\\s+', ' '));
