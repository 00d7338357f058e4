-- Interview meetings on a video platform (Zoom now; Teams and Meet later): registered for a
-- candidate's round, queued to be read after the meeting ended (claimed with a lease), read, or kept
-- unmatched for a person to assign. Only the platform's meeting id is kept, never a participant's
-- address, e-mail or device; rows expire with retention and go with a candidate's erasure.
CREATE TABLE meeting (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    platform        VARCHAR(16)   NOT NULL,
    meeting_id      VARCHAR(64)   NOT NULL,
    meeting_uuid    VARCHAR(128),
    connection      VARCHAR(64)   NOT NULL,
    ats             VARCHAR(32),
    candidate_id    VARCHAR(200),
    interview_round INTEGER,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    screening_id    VARCHAR(36)
);
CREATE INDEX ix_meeting_due ON meeting (status, next_attempt_at);
CREATE INDEX ix_meeting_platform_id ON meeting (platform, meeting_id);
CREATE INDEX ix_meeting_candidate ON meeting (ats, candidate_id);

-- Signed platform events seen (keyed by hashes of the event and of its signature), so that a
-- replayed event is refused; kept a day, longer than any accepted timestamp.
CREATE TABLE meeting_event (
    event_key   VARCHAR(80) NOT NULL PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
