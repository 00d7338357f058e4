package telltale.verification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import telltale.intake.control.DeliveryLog;
import telltale.profile.CandidateProfile;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;
import telltale.verification.entity.Reference;

/**
 * Adds a vendor's outcome to the candidate's case at most once: the event's key goes into the
 * webhook delivery log in the same transaction as the new screening, so a second delivery of the
 * same event (a retry, or two instances at once) fails on the key and leaves nothing behind. The
 * delivery log's retention and erasure cover these keys as they cover the ATS deliveries.
 */
@ApplicationScoped
public class EvidenceOnce {
  @Inject Screenings screenings;
  @Inject DeliveryLog deliveries;

  @Transactional
  public Optional<Screening> add(
      String key,
      String vendor,
      String connection,
      Reference candidate,
      CandidateProfile partial,
      Instant now) {
    Optional<Screening> again =
        screenings.addEvidence(candidate.ats(), candidate.candidateId(), partial, vendor);
    again.ifPresent(
        s ->
            deliveries.claim(
                key, vendor, connection, "screened", s.id(), now.atOffset(ZoneOffset.UTC)));
    return again;
  }

  public Optional<String> earlier(String key) {
    return deliveries.find(key).map(d -> d.screeningId() == null ? "" : d.screeningId());
  }
}
