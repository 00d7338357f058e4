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
    String pcName,
    String macAddress,
    String harddiskId,
    Instant joinTime) {

  /** A guest: the platform names no user of the employer's account for the record. */
  public boolean guest() {
    return id == null || id.isBlank();
  }

  /**
   * The machine's strongest identifier with its kind (disk, mac, pc), normalised; empty when the
   * platform reported none (a MAC address the OS randomised or zeroed does not count).
   */
  public java.util.Optional<String> machine() {
    if (present(harddiskId)) {
      return java.util.Optional.of("disk:" + normal(harddiskId));
    }
    if (present(macAddress)
        && !normal(macAddress).matches("0?2[:-]?00[:-]?00[:-]?00[:-]?00[:-]?00|[0:-]+")) {
      return java.util.Optional.of("mac:" + normal(macAddress));
    }
    if (present(pcName)) {
      return java.util.Optional.of("pc:" + normal(pcName));
    }
    return java.util.Optional.empty();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String normal(String value) {
    return value.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
