-- Public developer footprint (GitHub) read in the background for a screened candidate who linked
-- an account: one job per candidate and account, claimed with a lease, retried with growing pauses.
-- The row keeps the account name the candidate gave; it goes with the candidate's erasure and with
-- retention.
CREATE TABLE footprint_job (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    ats             VARCHAR(32)  NOT NULL,
    candidate_id    VARCHAR(200) NOT NULL,
    site            VARCHAR(16)  NOT NULL,
    login           VARCHAR(100) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    reported        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_footprint_job_due ON footprint_job (status, next_attempt_at);
CREATE INDEX ix_footprint_job_candidate ON footprint_job (ats, candidate_id);
