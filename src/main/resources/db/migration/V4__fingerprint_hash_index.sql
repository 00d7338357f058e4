-- Linkage looks up all of a profile's fingerprints in one query by hash (the hash already
-- covers the kind), so the hash needs an index of its own.
CREATE INDEX ix_fingerprint_hash ON fingerprint (hash);
