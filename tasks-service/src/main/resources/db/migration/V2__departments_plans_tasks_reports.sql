-- Department registry: canonical names, aliases, and the city leader post each department reports to.
CREATE TABLE department (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    leader_post  VARCHAR(100) NOT NULL,
    origin       VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department_alias (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    alias         VARCHAR(200) NOT NULL,
    department_id BIGINT       NOT NULL,
    CONSTRAINT uq_department_alias UNIQUE (alias),
    CONSTRAINT fk_alias_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(60)  NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    source_document_number VARCHAR(100) NULL,
    start_year             INT          NOT NULL,
    end_year               INT          NOT NULL,
    origin                 VARCHAR(30)  NOT NULL,
    created_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_plan_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_area (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT       NOT NULL,
    seq     INT          NOT NULL,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT uq_area_seq UNIQUE (plan_id, seq),
    CONSTRAINT fk_area_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id                BIGINT        NOT NULL,
    area_id                BIGINT        NOT NULL,
    code                   VARCHAR(40)   NOT NULL,
    text                   VARCHAR(2000) NOT NULL,
    source_document_number VARCHAR(100)  NULL,
    source_reference       VARCHAR(300)  NULL,
    source_text            TEXT          NULL,
    source_url             VARCHAR(500)  NULL,
    lead_department_id     BIGINT        NOT NULL,
    lead_basis             VARCHAR(30)   NOT NULL,
    leader_post            VARCHAR(100)  NOT NULL,
    due_on                 DATE          NOT NULL,
    CONSTRAINT uq_task_code UNIQUE (plan_id, code),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_task_area FOREIGN KEY (area_id) REFERENCES plan_area (id),
    CONSTRAINT fk_task_lead FOREIGN KEY (lead_department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_co_department (
    task_id       BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, department_id),
    CONSTRAINT fk_co_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_co_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id   BIGINT         NOT NULL,
    seq       INT            NOT NULL,
    name      VARCHAR(200)   NOT NULL,
    unit      VARCHAR(40)    NOT NULL,
    baseline  DECIMAL(18, 4) NULL,
    target    DECIMAL(18, 4) NOT NULL,
    direction VARCHAR(20)    NOT NULL,
    CONSTRAINT uq_indicator_seq UNIQUE (task_id, seq),
    CONSTRAINT fk_indicator_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Progress reports are immutable: a correction is a new row with the next version.
CREATE TABLE progress_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id          BIGINT        NOT NULL,
    department_id    BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    period           VARCHAR(10)   NOT NULL,
    report_year      INT           NOT NULL,
    version          INT           NOT NULL,
    percent_complete INT           NULL,
    narrative        VARCHAR(4000) NOT NULL,
    problems         VARCHAR(4000) NULL,
    next_steps       VARCHAR(4000) NULL,
    filed_by         VARCHAR(200)  NOT NULL,
    filed_on         DATE          NOT NULL,
    filed_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    due_on           DATE          NOT NULL,
    late             BOOLEAN       NOT NULL,
    CONSTRAINT uq_report_version UNIQUE (task_id, department_id, kind, period, report_year, version),
    CONSTRAINT fk_report_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_report_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_indicator_value (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT         NOT NULL,
    indicator_id BIGINT         NOT NULL,
    value        DECIMAL(18, 4) NOT NULL,
    CONSTRAINT uq_report_indicator UNIQUE (report_id, indicator_id),
    CONSTRAINT fk_value_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 重点抽查督办: a supervisor's flag on a task, with a note. One row per task; unflagging clears it.
CREATE TABLE task_flag (
    task_id    BIGINT        NOT NULL PRIMARY KEY,
    note       VARCHAR(1000) NOT NULL,
    flagged_by VARCHAR(200)  NOT NULL,
    flagged_on DATE          NOT NULL,
    CONSTRAINT fk_flag_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
