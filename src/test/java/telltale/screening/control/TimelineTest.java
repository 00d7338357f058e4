package telltale.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.catalogue.entity.Band;
import telltale.profile.Ats;
import telltale.screening.entity.CaseEvent;
import telltale.screening.entity.Provenance;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Trigger;

class TimelineTest {
  static Screening screening(String id, Instant at, Band band, Trigger by, List<Provenance> facts) {
    return new Screening(
        id,
        Ats.generic,
        "c-1",
        null,
        at,
        "v",
        10,
        band,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        by,
        facts);
  }

  @Test
  void oldestFirstWithWhatArrivedAndHowTheBandMoved() {
    Instant monday = Instant.parse("2026-12-01T09:00:00Z");
    Instant tuesday = Instant.parse("2026-12-02T09:00:00Z");
    Provenance phones =
        new Provenance("phones", "webhook:greenhouse/default", "Greenhouse", monday);
    Provenance payroll =
        new Provenance("onboarding.payrollAccountHolder", "key:1 as HR", "HR", tuesday);
    Screening first =
        screening(
            "s-1",
            monday,
            Band.LOW,
            new Trigger("screened", "webhook:greenhouse/default", "Greenhouse"),
            List.of(phones));
    Screening second =
        screening(
            "s-2",
            tuesday,
            Band.ELEVATED,
            new Trigger("evidence_added", "key:1 as HR", "HR"),
            List.of(phones, payroll));

    List<CaseEvent> events = Timeline.of(List.of(second, first));

    assertEquals(List.of("s-1", "s-2"), events.stream().map(CaseEvent::screeningId).toList());
    assertNull(events.get(0).bandBefore());
    assertFalse(events.get(0).bandMoved());
    assertEquals(Band.LOW, events.get(1).bandBefore());
    assertTrue(events.get(1).bandMoved());
    assertEquals(List.of(payroll), events.get(1).arrived());
    assertEquals("HR", events.get(1).from());
  }

  @Test
  void screeningsStoredBeforeProvenanceReadAsScreened() {
    CaseEvent event =
        Timeline.of(List.of(screening("s-0", Instant.EPOCH, Band.LOW, null, null))).get(0);
    assertEquals("screened", event.trigger());
    assertTrue(event.arrived().isEmpty());
  }
}
