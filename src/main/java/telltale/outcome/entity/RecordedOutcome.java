package telltale.outcome.entity;

import java.time.Instant;

/** The outcome recorded for a screening; a later one replaces it (the audit log keeps all). */
public record RecordedOutcome(
    String screeningId, Outcome outcome, String reviewer, String reason, Instant recordedAt) {}
