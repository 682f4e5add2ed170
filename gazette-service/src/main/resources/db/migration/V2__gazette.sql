-- One issue of the gazette as imported; a correction adds a new version and keeps the old one readable.
CREATE TABLE gazette_issue (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    year              INT           NOT NULL,
    issue_number      INT           NOT NULL,
    cumulative_number INT           NULL,
    frequency         VARCHAR(50)   NULL,
    supervisor        VARCHAR(200)  NULL,
    sponsor           VARCHAR(200)  NULL,
    editorial         JSON          NULL,
    source_sha256     CHAR(64)      NOT NULL,
    source_text       LONGTEXT      NOT NULL,
    version           INT           NOT NULL,
    current_version   BOOLEAN       NOT NULL,
    superseded_by     BIGINT        NULL,
    imported_at       TIMESTAMP(3)  NOT NULL,
    imported_by       VARCHAR(200)  NOT NULL,
    UNIQUE KEY uk_issue_version (year, issue_number, version),
    KEY ix_issue_current (current_version, year, issue_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gazette_document (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    issue_id             BIGINT        NOT NULL,
    ordinal              INT           NOT NULL,
    title                VARCHAR(500)  NOT NULL,
    title_key            VARCHAR(500)  NOT NULL,
    category             VARCHAR(100)  NULL,
    issuing_authority    VARCHAR(200)  NULL,
    document_number      VARCHAR(100)  NULL,
    signed_on            DATE          NULL,
    genre                VARCHAR(20)   NOT NULL,
    recipients           VARCHAR(1000) NULL,
    subtitle             VARCHAR(500)  NULL,
    page                 INT           NULL,
    has_text             BOOLEAN       NOT NULL,
    markdown             LONGTEXT      NULL,
    published_by_id      BIGINT        NULL,
    current_version      BOOLEAN       NOT NULL,
    CONSTRAINT fk_document_issue FOREIGN KEY (issue_id) REFERENCES gazette_issue (id),
    CONSTRAINT fk_document_publisher FOREIGN KEY (published_by_id) REFERENCES gazette_document (id),
    KEY ix_document_number (document_number, current_version),
    KEY ix_document_title (title_key(191)),
    KEY ix_document_signed (signed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE toc_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    issue_id    BIGINT       NOT NULL,
    ordinal     INT          NOT NULL,
    section     VARCHAR(100) NULL,
    title       VARCHAR(500) NOT NULL,
    page        INT          NOT NULL,
    document_id BIGINT       NOT NULL,
    CONSTRAINT fk_toc_issue FOREIGN KEY (issue_id) REFERENCES gazette_issue (id),
    CONSTRAINT fk_toc_document FOREIGN KEY (document_id) REFERENCES gazette_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    ordinal      INT          NOT NULL,
    path         VARCHAR(100) NOT NULL,
    parent_path  VARCHAR(100) NULL,
    level        INT          NOT NULL,
    number_label VARCHAR(20)  NULL,
    heading      VARCHAR(500) NOT NULL,
    text         LONGTEXT     NOT NULL,
    quantities   JSON         NULL,
    CONSTRAINT fk_provision_document FOREIGN KEY (document_id) REFERENCES gazette_document (id),
    UNIQUE KEY uk_provision_path (document_id, path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE responsibility_clause (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provision_id    BIGINT        NOT NULL,
    document_id     BIGINT        NOT NULL,
    raw_text        VARCHAR(1000) NOT NULL,
    lead_department VARCHAR(200)  NULL,
    CONSTRAINT fk_clause_provision FOREIGN KEY (provision_id) REFERENCES provision (id),
    CONSTRAINT fk_clause_document FOREIGN KEY (document_id) REFERENCES gazette_document (id),
    UNIQUE KEY uk_clause_provision (provision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE clause_department (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    clause_id  BIGINT       NOT NULL,
    ordinal    INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    is_lead    BOOLEAN      NOT NULL,
    collective BOOLEAN      NOT NULL,
    CONSTRAINT fk_department_clause FOREIGN KEY (clause_id) REFERENCES responsibility_clause (id),
    KEY ix_department_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE citation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id        BIGINT        NOT NULL,
    provision_id       BIGINT        NOT NULL,
    ordinal            INT           NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    cited_text         VARCHAR(500)  NOT NULL,
    normalized         VARCHAR(500)  NOT NULL,
    target_document_id BIGINT        NULL,
    CONSTRAINT fk_citation_document FOREIGN KEY (document_id) REFERENCES gazette_document (id),
    CONSTRAINT fk_citation_provision FOREIGN KEY (provision_id) REFERENCES provision (id),
    CONSTRAINT fk_citation_target FOREIGN KEY (target_document_id) REFERENCES gazette_document (id),
    KEY ix_citation_normalized (normalized(191)),
    KEY ix_citation_target (target_document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written in the same transaction as the documents; the indexer applies it to the search index.
CREATE TABLE search_outbox (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT       NOT NULL,
    operation   VARCHAR(10)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_at  TIMESTAMP(3) NULL,
    KEY ix_outbox_pending (applied_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
