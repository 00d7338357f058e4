package telltale.outcome.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.api.ClientError;
import telltale.audit.control.RecordingAuditLog;
import telltale.outcome.control.OutcomeStore;
import telltale.outcome.entity.Outcome;
import telltale.outcome.entity.OutcomeRequest;
import telltale.outcome.entity.RecordedOutcome;
import telltale.screening.boundary.Screenings;

class OutcomesTest {
  final RecordingAuditLog audit = new RecordingAuditLog();
  final List<RecordedOutcome> stored = new ArrayList<>();
  final Outcomes outcomes = new Outcomes();
  final List<OutcomeRecorded> fired = new ArrayList<>();

  @BeforeEach
  void doubles() {
    outcomes.clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    outcomes.screenings =
        new Screenings() {
          @Override
          public boolean exists(String id) {
            return "known".equals(id);
          }
        };
    outcomes.store =
        new OutcomeStore() {
          @Override
          public void put(RecordedOutcome outcome) {
            stored.add(outcome);
          }
        };
    outcomes.audit = audit;
    outcomes.recorded = new FiredEvents<>(fired);
  }

  @Test
  void theOutcomeIsStoredWithItsReasonAndAuditedWithout() {
    RecordedOutcome outcome =
        outcomes.record(
            "known",
            new OutcomeRequest(
                Outcome.identity_confirmed_false, " r.lee ", "Passport belonged to someone else."));
    assertEquals("r.lee", outcome.reviewer());
    assertEquals(Instant.parse("2026-11-27T10:00:00Z"), outcome.recordedAt());
    assertEquals(List.of(outcome), stored);
    assertEquals(List.of("outcome|r.lee|known|null|identity_confirmed_false"), audit.entries);
    assertFalse(audit.entries.get(0).contains("Passport"));
    // observers (the ATS's fraud status) hear of it in the same transaction
    assertEquals(List.of(new OutcomeRecorded(outcome)), fired);
  }

  @Test
  void anUnknownScreeningIs404AndNothingIsKept() {
    ClientError error =
        assertThrows(
            ClientError.class,
            () -> outcomes.record("nope", new OutcomeRequest(Outcome.unknown, "r.lee", null)));
    assertEquals(404, error.status());
    assertEquals(List.of(), stored);
    assertEquals(List.of(), audit.entries);
    assertEquals(List.of(), fired);
  }
}
