package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.outcome.boundary.OutcomeRecorded;
import telltale.outcome.entity.Outcome;
import telltale.profile.Ats;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

/**
 * When a person records how a case ended, the ATS's own fraud status follows (Ashby's
 * candidate.setFraudStatus), through the outbox in the recording's transaction, on the ATS's
 * default write-back connection. Only a person's outcome is ever written there, never a band: a
 * confirmed false identity is Fraudulent, a verified one NotFraudulent, unknown Unsure; a withdrawn
 * candidate leaves the status as it is. Off with telltale.writeback.fraud-status=false.
 */
@ApplicationScoped
public class FraudStatusPlanner {
  @Inject
  @ConfigProperty(name = "telltale.writeback.fraud-status")
  boolean enabled;

  @Inject WriteBackConfig config;
  @Inject WriteBacks writeBacks;
  @Inject Screenings screenings;
  @Inject Outbox outbox;

  /** Ashby's value for a person's outcome; empty when the outcome says nothing about fraud. */
  static Optional<String> status(Outcome outcome) {
    return switch (outcome) {
      case identity_confirmed_false -> Optional.of("Fraudulent");
      case verified_genuine -> Optional.of("NotFraudulent");
      case unknown -> Optional.of("Unsure");
      case withdrawn -> Optional.empty();
    };
  }

  void afterOutcome(@Observes OutcomeRecorded recorded) {
    Optional<String> status = status(recorded.outcome().outcome());
    if (!enabled || status.isEmpty()) {
      return;
    }
    String screeningId = recorded.outcome().screeningId();
    Optional<Screening> screening =
        screenings
            .find(screeningId)
            .filter(s -> WriteBacks.SUPPORTED.contains(s.ats()))
            .filter(s -> writeBacks.of(s.ats()).fraudStatus());
    if (screening.isEmpty()) {
      return;
    }
    config
        .connection(screening.get().ats(), Ats.DEFAULT_CONNECTION)
        .ifPresent(
            target ->
                outbox.add(
                    target,
                    WriteBackStep.fraud_status,
                    WriteBackRequest.fraudStatus(
                        screeningId, screening.get().candidateId(), status.get()),
                    recorded.outcome().recordedAt()));
  }
}
