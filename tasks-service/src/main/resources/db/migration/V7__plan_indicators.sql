-- A plan's own targets (林政办发〔2020〕5号 二、目标任务: 技工学校1家, 公共实训基地8个, … 2.15万人次), read from the
-- gazette's quantities of the document's 目标 provision when the plan is imported.
CREATE TABLE plan_indicator (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT         NOT NULL,
    seq              INT            NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    unit             VARCHAR(40)    NOT NULL,
    target           DECIMAL(18, 4) NOT NULL,
    source_reference VARCHAR(100)   NULL,
    CONSTRAINT fk_plan_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
