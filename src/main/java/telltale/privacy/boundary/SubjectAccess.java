package telltale.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.linkage.boundary.Linkage;
import telltale.privacy.control.HeldRows;
import telltale.privacy.entity.SubjectExport;
import telltale.profile.Ats;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.HeldScreening;

/**
 * A data-subject access request: everything held about one candidate, recorded in the audit log.
 */
@ApplicationScoped
public class SubjectAccess {
  @Inject Screenings screenings;
  @Inject HeldRows rows;
  @Inject Linkage linkage;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  /** Empty when Telltale holds no screening of the candidate. */
  @Transactional
  public Optional<SubjectExport> export(Ats ats, String candidateId, String actor) {
    List<HeldScreening> held = screenings.heldAbout(ats, candidateId);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String subject = linkage.subject(ats.name(), candidateId);
    SubjectExport export =
        new SubjectExport(
            ats.name(),
            candidateId,
            now,
            SubjectExport.NOTE,
            held,
            rows.about(ats.name(), candidateId, subject));
    audit.record(
        now.atOffset(ZoneOffset.UTC),
        Audited.of("exported", actor).subject(subject).detail("screenings " + held.size()));
    return Optional.of(export);
  }
}
