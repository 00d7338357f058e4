package telltale.audit.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit log that remembers what it was asked to record, as
 * "action|actor|screening|subject|detail".
 */
public class RecordingAuditLog extends AuditLog {
  public final List<String> entries = new ArrayList<>();

  @Override
  public void record(
      OffsetDateTime at,
      String action,
      String actor,
      String screeningId,
      String subject,
      String detail) {
    entries.add(String.join("|", action, actor, screeningId, subject, detail));
  }
}
