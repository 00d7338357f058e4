package telltale.card.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.audit.control.RecordingAuditLog;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

class CardsTest {
  static Cards cards(Optional<Screening> found, RecordingAuditLog audit) {
    Cards cards = new Cards();
    cards.audit = audit;
    cards.screenings =
        new Screenings() {
          @Override
          public Optional<Screening> find(String id) {
            return found;
          }
        };
    return cards;
  }

  @Test
  void aCardViewIsAuditedWithWhoAndWhichScreeningOnly() {
    RecordingAuditLog audit = new RecordingAuditLog();
    Screening screening =
        new Screening(
            "s-1", null, "c-1", null, null, "v", 0, null, null, List.of(), null, null, null, null,
            null, List.of());
    cards(Optional.of(screening), audit).view("s-1", "card", "link:abcdefgh");
    assertEquals(List.of("card_viewed|link:abcdefgh|s-1|null|null"), audit.entries);
  }

  @Test
  void anUnknownScreeningIsNotAudited() {
    RecordingAuditLog audit = new RecordingAuditLog();
    assertTrue(cards(Optional.empty(), audit).view("s-2", "card", "x").isEmpty());
    assertTrue(audit.entries.isEmpty());
  }
}
