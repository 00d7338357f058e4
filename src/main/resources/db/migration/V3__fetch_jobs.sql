-- Thin webhook deliveries (Lever, Ashby, SmartRecruiters) waiting for the vendor's API to fill in
-- the candidate. The partial profile is kept only until the job is done.
CREATE TABLE fetch_job (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    delivery_key    VARCHAR(64)   NOT NULL,
    ats             VARCHAR(32)   NOT NULL,
    connection      VARCHAR(64)   NOT NULL,
    target          VARCHAR(2000) NOT NULL,
    profile_json    VARCHAR(1000000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    screening_id    VARCHAR(36)
);
CREATE INDEX ix_fetch_job_due ON fetch_job (status, next_attempt_at);
