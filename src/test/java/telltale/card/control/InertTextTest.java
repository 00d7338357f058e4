package telltale.card.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InertTextTest {
  @Test
  void bidiControlsAreNeutralisedAndOnlyWebAddressesBecomeLinks() {
    assertFalse(InertText.inert("a\u202Eb").contains("\u202E"));
    assertTrue(InertText.href("javascript:alert(1)") == null);
    assertTrue(InertText.href("https://www.fbi.gov/").equals("https://www.fbi.gov/"));
  }
}
