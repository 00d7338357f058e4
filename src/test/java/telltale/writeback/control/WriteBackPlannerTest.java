package telltale.writeback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import telltale.cardlinks.CardLinks;
import telltale.catalogue.entity.Band;
import telltale.profile.Ats;
import telltale.screening.boundary.Screened;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

class WriteBackPlannerTest {

  /** The outbox as the planner fills it: the steps it stores, with their requests. */
  static class RecordingOutbox extends Outbox {
    final List<WriteBackStep> steps = new ArrayList<>();
    final List<WriteBackRequest> requests = new ArrayList<>();

    @Override
    public void add(
        Connection connection, WriteBackStep kind, WriteBackRequest request, Instant now) {
      steps.add(kind);
      requests.add(request);
    }
  }

  static WriteBackPlanner planner(Band noteMinBand, RecordingOutbox outbox, String cardUrl) {
    WriteBackPlanner planner = new WriteBackPlanner();
    planner.outbox = outbox;
    planner.config =
        new WriteBackConfig() {
          @Override
          public Optional<Connection> connection(Ats ats, String name) {
            return Optional.of(
                new Connection(ats, name, URI.create("https://ats.test/v1"), "key", "7", null));
          }
        };
    planner.config.noteMinBand = noteMinBand;
    planner.writeBacks =
        new WriteBacks() {
          @Override
          public WriteBack of(Ats ats) {
            return new GreenhouseWriteBack();
          }
        };
    planner.cardLinks =
        new CardLinks() {
          @Override
          public Optional<String> publicCardUrl(String id) {
            return Optional.ofNullable(cardUrl);
          }
        };
    return planner;
  }

  static void screen(WriteBackPlanner planner, Band band) {
    planner.afterScreening(
        new Screened(
            NotesTest.screening(band, NotesTest.signal("a", 30, "Shared phone")),
            null,
            Optional::empty,
            Ats.DEFAULT_CONNECTION,
            Instant.parse("2026-11-27T10:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource({
    "ELEVATED, LOW,      tag",
    "ELEVATED, ELEVATED, note tag",
    "ELEVATED, CRITICAL, note tag",
    "LOW,      LOW,      note tag",
    "CRITICAL, HIGH,     tag",
  })
  void aNoteFromTheMinimumBandUpwardTheBandTagAlways(Band min, Band band, String expected) {
    RecordingOutbox outbox = new RecordingOutbox();
    screen(planner(min, outbox, null), band);
    assertEquals(
        List.of(expected.split(" ")), outbox.steps.stream().map(WriteBackStep::name).toList());
    assertEquals(Notes.tag(band), outbox.requests.get(0).tag());
  }

  @Test
  void theNoteLinksTheCardOnlyUnderAPublicAddress() {
    String cardUrl = "https://telltale.example.com/screenings/s-1?exp=1&sig=x";
    RecordingOutbox linked = new RecordingOutbox();
    screen(planner(Band.LOW, linked, cardUrl), Band.HIGH);
    assertTrue(linked.requests.get(0).note().contains("Card: " + cardUrl));

    RecordingOutbox unlinked = new RecordingOutbox();
    screen(planner(Band.LOW, unlinked, null), Band.HIGH);
    String note = unlinked.requests.get(0).note();
    assertFalse(note.contains("Card:"), note);
    assertFalse(note.contains("/api/"), note);
  }
}
