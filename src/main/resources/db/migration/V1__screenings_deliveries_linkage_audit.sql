-- Telltale schema, portable between H2 2.x (embedded default) and PostgreSQL 15+.

-- One screening: the result as the API returns it, and the profile it judged (without resume text).
CREATE TABLE screening (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    ats               VARCHAR(32)     NOT NULL,
    candidate_id      VARCHAR(200)    NOT NULL,
    application_id    VARCHAR(200),
    screened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    score             INTEGER         NOT NULL,
    band              VARCHAR(16)     NOT NULL,
    catalogue_version VARCHAR(64)     NOT NULL,
    result_json       VARCHAR(1000000) NOT NULL,
    profile_json      VARCHAR(1000000) NOT NULL
);
CREATE INDEX ix_screening_candidate ON screening (ats, candidate_id, screened_at);
CREATE INDEX ix_screening_time ON screening (screened_at);

-- Webhook deliveries already handled: the primary key makes a repeated delivery a no-op,
-- across instances sharing one database.
-- delivery_key = SHA-256 of "ats/connection/vendor delivery id".
CREATE TABLE webhook_delivery (
    delivery_key VARCHAR(64)  NOT NULL PRIMARY KEY,
    ats          VARCHAR(32)  NOT NULL,
    connection   VARCHAR(64)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    screening_id VARCHAR(36)
);
CREATE INDEX ix_delivery_time ON webhook_delivery (received_at);
CREATE INDEX ix_delivery_screening ON webhook_delivery (screening_id);

-- Linkage fingerprints: keyed hashes only, never the identifier itself.
CREATE TABLE fingerprint (
    kind         VARCHAR(32)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    ats          VARCHAR(32)  NOT NULL,
    candidate_id VARCHAR(200) NOT NULL,
    name_key     VARCHAR(64),
    screening_id VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_fingerprint PRIMARY KEY (kind, hash, ats, candidate_id)
);
CREATE INDEX ix_fingerprint_candidate ON fingerprint (ats, candidate_id);
CREATE INDEX ix_fingerprint_time ON fingerprint (created_at);

-- Resume MinHash signatures (never the text) and their locality-sensitive buckets.
CREATE TABLE resume_signature (
    ats          VARCHAR(32)  NOT NULL,
    candidate_id VARCHAR(200) NOT NULL,
    name_key     VARCHAR(64),
    screening_id VARCHAR(36)  NOT NULL,
    signature    VARCHAR(600) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_resume_signature PRIMARY KEY (ats, candidate_id)
);
CREATE INDEX ix_resume_signature_time ON resume_signature (created_at);

CREATE TABLE resume_bucket (
    bucket       BIGINT       NOT NULL,
    ats          VARCHAR(32)  NOT NULL,
    candidate_id VARCHAR(200) NOT NULL,
    CONSTRAINT pk_resume_bucket PRIMARY KEY (bucket, ats, candidate_id)
);
CREATE INDEX ix_resume_bucket_candidate ON resume_bucket (ats, candidate_id);

-- Who did what, without personal data: ids and keyed hashes only.
CREATE TABLE audit_log (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    screening_id VARCHAR(36),
    subject      VARCHAR(64),
    detail       VARCHAR(1000)
);
CREATE INDEX ix_audit_time ON audit_log (at);
