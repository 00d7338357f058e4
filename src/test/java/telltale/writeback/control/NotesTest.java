package telltale.writeback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.catalogue.entity.Advice;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.Strength;
import telltale.catalogue.entity.Tier;
import telltale.profile.Ats;
import telltale.screening.entity.Coverage;
import telltale.screening.entity.Guidance;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;

class NotesTest {

  static Signal signal(String id, int points, String title) {
    return new Signal(
        id,
        Checklist.values()[0],
        Strength.values()[0],
        points,
        title,
        "evidence quoting +1 212 736 5000",
        new Advice("step", "script"),
        List.of(),
        List.of(),
        "contact_data",
        null);
  }

  static Screening screening(Band band, Signal... signals) {
    return new Screening(
        "s-1",
        Ats.greenhouse,
        "c-1",
        null,
        Instant.parse("2026-11-27T10:00:00Z"),
        "v1",
        42,
        band,
        "Verify identity before proceeding",
        List.of(signals),
        new Coverage(10, 12, List.of()),
        new Guidance(
            Tier.values()[0],
            List.of(
                "Call the number you found yourself.", "Re-check ID live.", "Third.", "Fourth.")),
        null,
        null,
        null,
        List.of());
  }

  @Test
  void theNoteNamesTheBandTheTopSignalsByTitleAndTheNextSteps() {
    String note =
        Notes.text(
            screening(
                Band.HIGH,
                signal("a", 5, "Weak one"),
                signal("b", 30, "Shared phone"),
                signal("c", 20, "Resume reused"),
                signal("d", 10, "VoIP number")),
            null);
    assertEquals(
        "Telltale screening: Verify identity before proceeding (HIGH, score 42)\n"
            + "Signals: Shared phone; Resume reused; VoIP number\n"
            + "Next steps:\n"
            + "- Call the number you found yourself.\n"
            + "- Re-check ID live.\n"
            + "- Third.\n"
            + "Telltale never rejects anyone; a person decides.",
        note);
    assertFalse(note.contains("212"), "evidence may quote personal data and is never written");
    assertFalse(note.contains("/api/"), "without a public card address there is no card line");
  }

  @Test
  void theCardLinkIsUsedWhenGiven() {
    assertTrue(
        Notes.text(screening(Band.LOW), URI.create("https://t.example/cards/s-1?sig=x"))
            .contains("Card: https://t.example/cards/s-1?sig=x"));
  }

  @Test
  void theTagNamesTheBand() {
    assertEquals("telltale-elevated", Notes.tag(Band.ELEVATED));
  }

  @Test
  void onlyAFirstScreeningOrAChangedBandOrRuleSetIsWrittenBack() {
    Screening high = screening(Band.HIGH, signal("a", 30, "A"), signal("b", 20, "B"));
    assertTrue(Notes.changed(high, null));
    assertFalse(
        Notes.changed(high, screening(Band.HIGH, signal("b", 25, "B"), signal("a", 30, "A"))));
    assertTrue(
        Notes.changed(high, screening(Band.ELEVATED, signal("a", 30, "A"), signal("b", 20, "B"))));
    assertTrue(Notes.changed(high, screening(Band.HIGH, signal("a", 30, "A"))));
  }
}
