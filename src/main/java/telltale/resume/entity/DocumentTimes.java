package telltale.resume.entity;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When a resume file says it was created and last saved, and nothing else from its metadata: the
 * two instants a screening compares with the application's submission (A12). Either may be null
 * (not recorded, or no file read). Never stored.
 */
public record DocumentTimes(Instant created, Instant modified) {
  public static final DocumentTimes NONE = new DocumentTimes(null, null);

  public static DocumentTimes of(DocumentMetadata metadata) {
    return new DocumentTimes(instant(metadata.created()), instant(metadata.modified()));
  }

  /** Whether the file recorded at least one of the two times. */
  public boolean known() {
    return created != null || modified != null;
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
