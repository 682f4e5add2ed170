-- Sessions of the pages (督查看板): the browser holds a random id in an HttpOnly cookie, the server the person it
-- stands for, so signing out ends the session here and not only in the browser. The id is kept as its SHA-256:
-- a copy of this table signs nobody in.
CREATE TABLE page_session (
    id_hash       CHAR(64)      NOT NULL PRIMARY KEY,
    user_name     VARCHAR(255)  NOT NULL,
    roles         VARCHAR(1000) NOT NULL,
    department    VARCHAR(255)  NULL,
    signed_in_via VARCHAR(16)   NOT NULL,
    -- the identity provider's ID token of an OIDC session: the hint its logout needs to end the provider's session too
    id_token      TEXT          NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    expires_at    TIMESTAMP(3)  NOT NULL,
    INDEX ix_page_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
