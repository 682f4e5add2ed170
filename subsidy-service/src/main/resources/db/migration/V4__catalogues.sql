-- 7.16 目录清单管理: the training and evaluation institution catalogue and the training project catalogue.
-- ownership (public/private) is recorded for the public list only: 4.6 and 5.11 treat both alike, no rule reads it.
CREATE TABLE training_institution (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    credit_code       CHAR(18)      NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(40)   NOT NULL,
    ownership         VARCHAR(10)   NOT NULL,
    county            VARCHAR(50)   NULL,
    status            VARCHAR(20)   NOT NULL,
    status_on         DATE          NOT NULL,
    status_claim_id   BIGINT        NULL,
    status_reason     VARCHAR(1000) NULL,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by        VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_training_institution_code UNIQUE (credit_code),
    INDEX ix_training_institution_kind (kind, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The occupations and levels an institution may train or evaluate.
CREATE TABLE institution_approval (
    institution_id  BIGINT       NOT NULL,
    occupation      VARCHAR(100) NOT NULL,
    occupation_key  VARCHAR(200) NOT NULL,
    level_key       VARCHAR(10)  NOT NULL,
    CONSTRAINT fk_approval_institution FOREIGN KEY (institution_id) REFERENCES training_institution (id),
    CONSTRAINT uq_institution_approval UNIQUE (institution_id, occupation_key, level_key),
    INDEX ix_approval_occupation (occupation_key, level_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_project (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    programme          VARCHAR(40)  NOT NULL,
    occupation         VARCHAR(100) NOT NULL,
    occupation_key     VARCHAR(200) NOT NULL,
    level_key          VARCHAR(10)  NOT NULL,
    institution_id     BIGINT       NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    capacity           INT          NOT NULL,
    county             VARCHAR(50)  NOT NULL,
    project_based      BOOLEAN      NOT NULL,
    mandated_content   BOOLEAN      NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by         VARCHAR(200) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_project_institution FOREIGN KEY (institution_id) REFERENCES training_institution (id),
    INDEX ix_project_filter (occupation_key, level_key, county)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A claim names the catalogued project it was made for, if any.
ALTER TABLE claim ADD COLUMN project_id BIGINT NULL;
