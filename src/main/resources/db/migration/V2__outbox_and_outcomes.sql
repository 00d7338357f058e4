-- Write-back outbox, recruiter outcomes and what the reports need; portable between H2 2.x and
-- PostgreSQL 15+. Rows tied to a screening go with it (erasure, retention) through ON DELETE CASCADE.

-- What the flag-rate report groups by: the role title, the application source and the stage the
-- candidate was screened at. No personal data.
ALTER TABLE screening ADD COLUMN role_title VARCHAR(200);
ALTER TABLE screening ADD COLUMN source VARCHAR(200);
ALTER TABLE screening ADD COLUMN stage VARCHAR(16);
CREATE INDEX ix_screening_time_band ON screening (screened_at, band);

-- The rules that fired in each screening, written with the screening, for the rule quality report.
CREATE TABLE screening_signal (
    screening_id VARCHAR(36)  NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    rule_id      VARCHAR(64)  NOT NULL,
    points       INTEGER      NOT NULL,
    CONSTRAINT pk_screening_signal PRIMARY KEY (screening_id, rule_id)
);
CREATE INDEX ix_screening_signal_rule ON screening_signal (rule_id);

-- How a case ended, as a person recorded it; the latest outcome of a screening wins (the audit
-- log keeps every one). reason is free text and never copied into the audit log.
CREATE TABLE screening_outcome (
    screening_id VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES screening (id) ON DELETE CASCADE,
    outcome      VARCHAR(32)   NOT NULL,
    reviewer     VARCHAR(100)  NOT NULL,
    reason       VARCHAR(2000),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_screening_outcome_outcome ON screening_outcome (outcome);

-- Transactional outbox: one vendor operation (a note or a tag) per row, stored in the transaction
-- of the screening and sent by the dispatcher. status: pending, dispatching (claimed under a lease
-- until lease_until), delivered, failed. request_json holds the candidate id, note text and tag
-- name; last_error holds a status code or failure kind, never a vendor response body.
CREATE TABLE writeback_outbox (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    screening_id    VARCHAR(36)   NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    ats             VARCHAR(32)   NOT NULL,
    connection      VARCHAR(64)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token     VARCHAR(36),
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    request_json    VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_outbox_due ON writeback_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_screening ON writeback_outbox (screening_id);
