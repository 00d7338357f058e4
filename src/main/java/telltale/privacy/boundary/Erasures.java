package telltale.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.footprint.boundary.Footprints;
import telltale.intake.control.DeliveryLog;
import telltale.linkage.boundary.Linkage;
import telltale.profile.Ats;
import telltale.screening.boundary.Screenings;

/**
 * Erasure: a candidate's screenings, fingerprints and resume signatures go, so a later look-alike
 * no longer links to them; the erasure itself is recorded without personal data.
 */
@ApplicationScoped
public class Erasures {
  @Inject Screenings store;
  @Inject Linkage linkage;
  @Inject DeliveryLog deliveries;
  @Inject Footprints footprints;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  /** How much was erased. */
  @Schema(name = "CandidatesErasure")
  public record Erasure(int screenings, int fingerprints) {}

  @Transactional
  public Erasure erase(Ats ats, String candidateId, String actor) {
    List<String> screenings = store.erase(ats, candidateId);
    deliveries.forgetScreenings(screenings);
    int prints = linkage.forget(ats.name(), candidateId);
    footprints.forget(ats, candidateId);
    audit.record(
        clock.instant().atOffset(ZoneOffset.UTC),
        Audited.of("erased", actor)
            .subject(linkage.subject(ats.name(), candidateId))
            .detail("screenings " + screenings.size() + ", fingerprints " + prints));
    return new Erasure(screenings.size(), prints);
  }
}
