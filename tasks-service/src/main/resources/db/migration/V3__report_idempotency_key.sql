-- POST /tasks/{id}/reports takes an Idempotency-Key: a filing re-sent after a timeout returns the report it
-- filed instead of writing a new version. Stored as the SHA-256 of the key (a key is the client's choice, never
-- shown back), with the SHA-256 of what was filed (task, department, body) to tell a replay from a reuse.
ALTER TABLE progress_report
    ADD COLUMN idempotency_key_hash CHAR(64) NULL,
    ADD COLUMN request_hash CHAR(64) NULL,
    ADD CONSTRAINT uq_report_idempotency_key UNIQUE (idempotency_key_hash);
