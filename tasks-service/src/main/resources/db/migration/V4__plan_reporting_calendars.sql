-- Each plan's own reporting calendar (报送时限) as data, and the day the plan was issued: 林政办发〔2020〕5号 is
-- supervised on its 月报、季报和年报 from 2020-01-16, no longer on 林政发〔2020〕9号's three dates. Existing plans
-- get their calendar at start from data/reporting-calendars.json.
ALTER TABLE plan ADD COLUMN issued_on DATE NULL;

CREATE TABLE plan_reporting_period (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    period          VARCHAR(10)  NOT NULL,
    label_zh        VARCHAR(40)  NOT NULL,
    due_month       INT          NOT NULL,
    due_day         INT          NOT NULL,
    due_year_offset INT          NOT NULL,
    basis           VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_plan_period UNIQUE (plan_id, period),
    CONSTRAINT fk_period_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
