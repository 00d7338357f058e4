package telltale.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import telltale.database.RowIds;
import telltale.intake.adapters.Intake;
import telltale.intake.entity.Delivery;
import telltale.intake.fetch.FetchQueue;
import telltale.meetings.boundary.Meetings;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

/**
 * Screens a delivery at most once: the delivery's key is claimed in the same transaction as the
 * screening, so a repeat (a vendor retry, or the same delivery reaching two instances) fails on the
 * key and changes nothing.
 */
@ApplicationScoped
public class OnceOnly {
  @Inject DeliveryLog deliveries;
  @Inject Screenings screenings;
  @Inject FetchQueue fetches;
  @Inject Meetings meetings;

  /** Claims the delivery and queues the API fetch for a thin payload, in one transaction. */
  @Transactional
  public void queue(
      String key, Delivery delivery, String target, CandidateProfile profile, Instant now) {
    deliveries.claim(
        key,
        delivery.ats().name(),
        delivery.connection(),
        "queued",
        null,
        now.atOffset(ZoneOffset.UTC));
    fetches.enqueue(key, delivery, target, profile, now);
  }

  /**
   * Adds later evidence to the candidate's case and claims the delivery with the new screening, in
   * one transaction; empty (and nothing kept) when the candidate was never screened.
   */
  @Transactional
  public Optional<Screening> addEvidence(
      String key, Delivery delivery, CandidateProfile partial, String actor, Instant now) {
    Optional<Screening> again =
        screenings.addEvidence(partial.ats(), partial.candidateId(), partial, actor);
    again.ifPresent(
        s ->
            deliveries.claim(
                key,
                delivery.ats().name(),
                delivery.connection(),
                "screened",
                s.id(),
                now.atOffset(ZoneOffset.UTC)));
    return again;
  }

  /** What an interview schedule did: "registered" or "ignored", and the candidate's screening. */
  public record Registered(String status, String screeningId) {}

  /**
   * Registers the meetings of an interview schedule for its candidate and claims the delivery, in
   * one transaction. The candidate is the one the schedule names, else the one a screening of its
   * application names; with neither, nothing is kept.
   */
  @Transactional
  public Registered scheduled(
      String key, Delivery delivery, Intake.Scheduled scheduled, Instant now) {
    Ats ats = delivery.ats();
    Optional<String> candidate =
        Optional.ofNullable(scheduled.candidateId())
            .or(
                () ->
                    scheduled.applicationId() == null
                        ? Optional.empty()
                        : screenings.candidateOfApplication(ats, scheduled.applicationId()));
    if (candidate.isEmpty()) {
      return new Registered("ignored", null);
    }
    String screening = screenings.latestId(ats, candidate.get()).orElse(null);
    meetings.scheduled(ats, candidate.get(), scheduled.meetings(), false, screening);
    deliveries.claim(
        key,
        ats.name(),
        delivery.connection(),
        "registered",
        screening,
        now.atOffset(ZoneOffset.UTC));
    return new Registered("registered", screening);
  }

  @Transactional
  public Screening screen(String key, Delivery delivery, CandidateProfile profile, Instant now) {
    String id = RowIds.random();
    deliveries.claim(
        key,
        delivery.ats().name(),
        delivery.connection(),
        "screened",
        id,
        now.atOffset(ZoneOffset.UTC));
    return screenings.screen(
        id,
        profile,
        "webhook:" + delivery.ats() + "/" + delivery.connection(),
        delivery.connection());
  }
}
