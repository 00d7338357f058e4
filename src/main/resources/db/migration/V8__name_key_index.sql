-- A resume file whose author is another candidate's name (A12) is looked up by that candidate's
-- name key; these indexes keep the lookup off a full scan of the prints.
CREATE INDEX ix_fingerprint_name_key ON fingerprint (name_key);
CREATE INDEX ix_resume_signature_name_key ON resume_signature (name_key);
