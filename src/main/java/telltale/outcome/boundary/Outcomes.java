package telltale.outcome.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import telltale.api.ClientError;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.outcome.control.OutcomeStore;
import telltale.outcome.entity.OutcomeRequest;
import telltale.outcome.entity.RecordedOutcome;
import telltale.screening.boundary.Screenings;

/**
 * Recording how a screened case ended: kept for the rule quality report and written to the audit
 * log (outcome and reviewer; the free-text reason stays out of the log).
 */
@ApplicationScoped
public class Outcomes {
  @Inject Screenings screenings;
  @Inject OutcomeStore store;
  @Inject AuditLog audit;
  @Inject Event<OutcomeRecorded> recorded;
  Clock clock = Clock.systemUTC();

  @Transactional
  public RecordedOutcome record(String screeningId, OutcomeRequest request) {
    if (!screenings.exists(screeningId)) {
      throw new ClientError(404, "not_found", "There is no screening " + screeningId + ".");
    }
    Instant now = clock.instant();
    RecordedOutcome outcome =
        new RecordedOutcome(
            screeningId, request.outcome(), request.reviewer().strip(), request.reason(), now);
    store.put(outcome);
    recorded.fire(new OutcomeRecorded(outcome));
    audit.record(
        now.atOffset(ZoneOffset.UTC),
        Audited.of("outcome", outcome.reviewer())
            .screening(screeningId)
            .detail(outcome.outcome().name()));
    return outcome;
  }

  public RecordedOutcome find(String screeningId) {
    return store
        .find(screeningId)
        .orElseThrow(
            () ->
                new ClientError(
                    404, "not_found", "No outcome is recorded for screening " + screeningId + "."));
  }
}
