package telltale.writeback.entity;

import java.time.Instant;

/** One write-back operation as operators see it; lastError is a status or failure kind only. */
public record OutboxItem(
    String id,
    String screeningId,
    String ats,
    String connection,
    WriteBackStep kind,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {}
