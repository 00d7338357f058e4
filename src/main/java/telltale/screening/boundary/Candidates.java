package telltale.screening.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import telltale.audit.control.AuditLog;
import telltale.intake.control.DeliveryLog;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.History;
import telltale.screening.control.ScreeningStore;
import telltale.screening.entity.Ats;

/**
 * Erasure: a candidate's screenings, fingerprints and resume signatures go, so a later look-alike
 * no longer links to them; the erasure itself is recorded without personal data.
 */
@ApplicationScoped
public class Candidates {
  @Inject ScreeningStore store;
  @Inject History history;
  @Inject DeliveryLog deliveries;
  @Inject AuditLog audit;
  @Inject Fingerprinter fingerprinter;
  Clock clock = Clock.systemUTC();

  /** How much was erased. */
  public record Erasure(int screenings, int fingerprints) {}

  @Transactional
  public Erasure erase(Ats ats, String candidateId, String actor) {
    List<String> screenings = store.erase(ats, candidateId);
    deliveries.forgetScreenings(screenings);
    int prints = history.forget(ats.name(), candidateId);
    audit.record(
        clock.instant().atOffset(ZoneOffset.UTC),
        "erased",
        actor,
        null,
        fingerprinter.subject(ats.name(), candidateId),
        "screenings " + screenings.size() + ", fingerprints " + prints);
    return new Erasure(screenings.size(), prints);
  }
}
