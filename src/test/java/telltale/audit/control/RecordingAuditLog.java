package telltale.audit.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import telltale.audit.entity.Audited;

/**
 * An audit log that remembers what it was asked to record, as
 * "action|actor|screening|subject|detail".
 */
public class RecordingAuditLog extends AuditLog {
  public final List<String> entries = new ArrayList<>();

  @Override
  public void record(OffsetDateTime at, Audited what) {
    entries.add(
        String.join(
            "|", what.action(), what.actor(), what.screeningId(), what.subject(), what.detail()));
  }
}
