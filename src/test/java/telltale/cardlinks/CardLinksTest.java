package telltale.cardlinks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.keys.ServerSecrets;

class CardLinksTest {
  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  static CardLinks links(Instant now) {
    CardLinks links = new CardLinks();
    links.config = new CardLinkConfig();
    links.config.secret = Optional.of("unit-test-card-secret-0123");
    links.config.linkDays = 30;
    links.secrets = new ServerSecrets();
    links.clock = Clock.fixed(now, ZoneOffset.UTC);
    return links;
  }

  @Test
  void aSignedLinkOpensUntilItExpires() {
    CardLinks.Signed link = links(NOW).sign("s-1");
    assertTrue(links(NOW).valid("s-1", link.exp(), link.sig()));
    assertTrue(links(NOW.plusSeconds(29L * 86400)).valid("s-1", link.exp(), link.sig()));
    assertFalse(links(NOW.plusSeconds(30L * 86400)).valid("s-1", link.exp(), link.sig()));
  }

  @Test
  void aChangedIdExpiryOrSignatureIsRefused() {
    CardLinks.Signed link = links(NOW).sign("s-1");
    CardLinks check = links(NOW);
    assertFalse(check.valid("s-2", link.exp(), link.sig()));
    assertFalse(check.valid("s-1", link.exp() + 1, link.sig()));
    assertFalse(check.valid("s-1", link.exp(), link.sig().substring(1)));
    assertFalse(check.valid("s-1", null, link.sig()));
    assertFalse(check.valid("s-1", link.exp(), null));
  }

  @Test
  void aCsrfTokenIsBoundToTheScreeningAndLastsAboutAnHour() {
    String token = links(NOW).csrf("s-1");
    assertTrue(links(NOW.plusSeconds(3599)).csrfValid("s-1", token));
    assertFalse(links(NOW.plusSeconds(7200)).csrfValid("s-1", token));
    assertFalse(links(NOW).csrfValid("s-2", token));
    assertFalse(links(NOW).csrfValid("s-1", null));
  }
}
