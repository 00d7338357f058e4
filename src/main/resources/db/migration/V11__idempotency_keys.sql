-- Idempotency-Key of POST /api/v1/candidates/{ats}/{candidateId}/evidence: the same key with the
-- same body answers with the screening it made, never screening twice; the same key with another
-- body is refused. Keyed hashes only: key_hash = HMAC of caller, ATS, candidate and key;
-- request_hash = HMAC of the body. The primary key makes a key count once across instances. A
-- key goes with its screening (erasure, retention) and after telltale.evidence.idempotency-hours.
CREATE TABLE idempotency_key (
    key_hash      VARCHAR(64)  NOT NULL PRIMARY KEY,
    request_hash  VARCHAR(64)  NOT NULL,
    screening_id  VARCHAR(36)  NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_idempotency_screening ON idempotency_key (screening_id);
CREATE INDEX ix_idempotency_time ON idempotency_key (created_at);
