package telltale.intake.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import telltale.intake.WebhookFixtures;
import telltale.intake.WebhookFixtures.Signed;
import telltale.profile.Ats;

/** Lever signs token + triggeredAt inside the body, not the body itself. */
class LeverSignatureTest {
  /**
   * Computed once with: {@code printf %s 0a8f1c2d3e4b5a69788796a5b4c3d2e11794323045000 | openssl
   * dgst -sha256 -hmac lever-signature-token-for-tests}; it is the signature stored in the fixture.
   */
  static final String OPENSSL_HEX =
      "d78b204b715f8a200fad3a053876a303e856d0a1cc95f8fc61e9d81802f39be4";

  final LeverSignature scheme = new LeverSignature(Duration.ofHours(1));
  final Signed request = WebhookFixtures.signed(Ats.lever, "application_created");

  @Test
  void theStoredFixtureIsSignedAsLeverSignsAndVerifies() {
    String stored =
        new String(WebhookFixtures.body(Ats.lever, "application_created"), StandardCharsets.UTF_8);
    assertEquals(stored, text(request), "signing at SENT_AT with the stored token changes nothing");
    assertEquals(true, stored.contains("\"signature\":\"" + OPENSSL_HEX + "\""));
    assertInstanceOf(Verdict.Authentic.class, verify(request, WebhookFixtures.SENT_AT));
  }

  @Test
  void theMacDoesNotCoverDataSoOnlyIdsMayBeTrusted() {
    Signed alteredData =
        request.withBody(WebhookFixtures.utf8(text(request).replace("250d8f03", "00000000")));
    assertInstanceOf(Verdict.Authentic.class, verify(alteredData, WebhookFixtures.SENT_AT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0a8f1c2d", "1794323045000"})
  void aChangedTokenOrTimeIsRefused(String signedPart) {
    String changed = text(request).replaceFirst(signedPart, signedPart.replace('0', '9'));
    assertEquals(
        new Verdict.Refused("signature does not match"),
        verify(request.withBody(WebhookFixtures.utf8(changed)), WebhookFixtures.SENT_AT));
  }

  static Stream<Arguments> clocks() {
    Instant sent = WebhookFixtures.SENT_AT;
    return Stream.of(
        Arguments.of(sent.plus(Duration.ofMinutes(59)), true),
        Arguments.of(sent.minus(Duration.ofMinutes(59)), true),
        Arguments.of(sent.plus(Duration.ofMinutes(61)), false),
        Arguments.of(sent.minus(Duration.ofMinutes(61)), false));
  }

  @ParameterizedTest
  @MethodSource("clocks")
  void triggeredAtMustBeFresh(Instant now, boolean accepted) {
    assertEquals(
        accepted ? Verdict.authentic() : Verdict.refused("timestamp outside the tolerance window"),
        verify(request, now));
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("not json", "body is not a readable JSON object"),
        Arguments.of("[1,2]", "body is not a readable JSON object"),
        Arguments.of("{\"token\":\"a\",\"token\":\"b\"}", "body is not a readable JSON object"),
        Arguments.of("{\"triggeredAt\":1794323045000,\"signature\":\"00\"}", "missing token field"),
        Arguments.of("{\"token\":\"t\",\"signature\":\"00\"}", "missing triggeredAt field"),
        Arguments.of("{\"token\":\"t\",\"triggeredAt\":1794323045000}", "missing signature field"),
        Arguments.of(
            "{\"token\":\"t\",\"triggeredAt\":1794323045000,\"signature\":\"xyz\"}",
            "malformed signature field"),
        Arguments.of(
            "{\"token\":\"t\",\"triggeredAt\":-5,\"signature\":\"00\"}",
            "malformed triggeredAt field"),
        Arguments.of(
            "{\"token\":\"t\",\"triggeredAt\":1.5,\"signature\":\"00\"}",
            "missing triggeredAt field"),
        Arguments.of(
            "{\"token\":\"t\",\"triggeredAt\":1e999999999,\"signature\":\"00\"}",
            "missing triggeredAt field"));
  }

  @ParameterizedTest
  @MethodSource("broken")
  void unreadableSignatureFieldsAreRefused(String body, String reason) {
    assertEquals(
        new Verdict.Refused(reason),
        verify(request.withBody(WebhookFixtures.utf8(body)), WebhookFixtures.SENT_AT));
  }

  @Test
  void theConnectionTestIsSignedLikeAnyDelivery() {
    Signed test = WebhookFixtures.signed(Ats.lever, "connection_test");
    assertInstanceOf(Verdict.Authentic.class, verify(test, WebhookFixtures.SENT_AT));
  }

  private Verdict verify(Signed signed, Instant now) {
    return scheme.verify(signed.delivery(), List.of(WebhookFixtures.LEVER_SECRET), now);
  }

  private static String text(Signed signed) {
    return new String(signed.body(), StandardCharsets.UTF_8);
  }
}
