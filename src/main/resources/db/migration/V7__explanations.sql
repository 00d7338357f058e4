-- Signals a person marked as explained (POST /api/v1/screenings/{id}/explanations). One row per
-- candidate and rule; it holds while the keyed hash of the signal's evidence stays the same. The
-- row belongs to the screening it was made on, so erasure and retention remove it with that
-- screening. reason is free text and never copied into the audit log.
CREATE TABLE explanation (
    ats           VARCHAR(32)   NOT NULL,
    candidate_id  VARCHAR(200)  NOT NULL,
    rule_id       VARCHAR(64)   NOT NULL,
    evidence_key  VARCHAR(64)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    reviewer      VARCHAR(100)  NOT NULL,
    screening_id  VARCHAR(36)   NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_explanation PRIMARY KEY (ats, candidate_id, rule_id)
);
CREATE INDEX ix_explanation_screening ON explanation (screening_id);
