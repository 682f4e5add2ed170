-- Rule-set versions: every instance reads them from here, so a version loaded on one is used by all.
CREATE TABLE rule_set_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        VARCHAR(64)  NOT NULL,
    effective_from DATE         NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    content        LONGTEXT     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    loaded_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    loaded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT uq_rule_set_version UNIQUE (version),
    CONSTRAINT uq_rule_set_effective_from UNIQUE (effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person: the claim transaction locks it (SELECT … FOR UPDATE) so limits hold across instances.
-- The resident ID is stored only encrypted; lookup_hash is its HMAC.
CREATE TABLE person (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    lookup_hash  CHAR(64)     NOT NULL,
    encrypted_id VARCHAR(200) NOT NULL,
    masked_id    CHAR(18)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_person_lookup UNIQUE (lookup_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claim (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT        NOT NULL,
    idempotency_key       VARCHAR(200)  NOT NULL,
    request_hash          CHAR(64)      NOT NULL,
    programme             VARCHAR(40)   NOT NULL,
    family                VARCHAR(20)   NOT NULL,
    occupation            VARCHAR(200)  NOT NULL,
    occupation_key        VARCHAR(200)  NOT NULL,
    level_key             VARCHAR(10)   NOT NULL,
    training_year         INT           NOT NULL,
    training_completed_on DATE          NOT NULL,
    institution_code      CHAR(18)      NULL,
    status                VARCHAR(10)   NOT NULL,
    amount                DECIMAL(12,2) NOT NULL,
    advance_amount        DECIMAL(12,2) NOT NULL,
    transport_allowance   DECIMAL(12,2) NOT NULL,
    rule_set_version      VARCHAR(64)   NULL,
    request_json          TEXT          NOT NULL,
    decision_json         MEDIUMTEXT    NOT NULL,
    created_at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by            VARCHAR(200)  NOT NULL,
    clawed_back_at        TIMESTAMP(3)  NULL,
    clawed_back_by        VARCHAR(200)  NULL,
    clawback_reason       VARCHAR(1000) NULL,
    CONSTRAINT uq_claim_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_claim_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_claim_person (person_id, status, training_year),
    INDEX ix_claim_year (training_year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Institutions disqualified after a fraudulent claim (7.17); later claims naming them are refused.
CREATE TABLE disqualified_institution (
    credit_code      CHAR(18)      NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    claim_id         BIGINT        NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    disqualified_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    disqualified_by  VARCHAR(200)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
