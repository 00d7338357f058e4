package telltale.meetings.entity;

import java.time.Instant;

/**
 * One participant record as a platform reports it, held in memory only while the candidate's record
 * is picked out and turned into facts; never stored.
 */
public record Participant(
    String id,
    String participantUuid,
    String email,
    String ipAddress,
    String location,
    String networkType,
    String device,
    String camera,
    Instant joinTime) {

  /** A guest: the platform names no user of the employer's account for the record. */
  public boolean guest() {
    return id == null || id.isBlank();
  }

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
