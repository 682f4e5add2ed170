-- Events for other systems: what happened (a report filed, a task flagged, a plan imported), written in the
-- transaction that did it; an Atom feed reads them, and each webhook subscription gets a delivery per event,
-- retried with backoff until its receiver answers 2xx (at least once), every attempt logged.
CREATE TABLE event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    type        VARCHAR(40)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    payload     TEXT          NOT NULL,
    occurred_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_event_type (type, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_subscription (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    event_types VARCHAR(200)  NULL,
    active      BOOLEAN       NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subscription_id BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP(3)  NULL,
    last_status     INT           NULL,
    last_error      VARCHAR(500)  NULL,
    delivered_at    TIMESTAMP(3)  NULL,
    CONSTRAINT uq_delivery UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT fk_delivery_event FOREIGN KEY (event_id) REFERENCES event (id),
    INDEX ix_delivery_due (state, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
