package telltale.intake.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.intake.WebhookFixtures.Signed;
import telltale.profile.Ats;

/**
 * Standard Webhooks, starting from the reference libraries' own test vector
 * (standard-webhooks/standard-webhooks, libraries/java WebhookTest.verifyWebhookSignWorks).
 */
class StandardWebhooksSignatureTest {
  static final String REFERENCE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String REFERENCE_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  static final Instant REFERENCE_TIME = Instant.ofEpochSecond(1614265330);

  final StandardWebhooksSignature scheme = new StandardWebhooksSignature(Duration.ofMinutes(5));

  static Signed reference() {
    return WebhookFixtures.signed(
        Ats.generic, "reference_example", REFERENCE_SECRET, REFERENCE_TIME);
  }

  @Test
  void theReferenceExampleVerifies() {
    Signed request = reference();
    assertEquals(REFERENCE_SIGNATURE, request.headers().get("webhook-signature").get(0));
    assertInstanceOf(
        Verdict.Authentic.class,
        scheme.verify(request.delivery(), List.of(REFERENCE_SECRET), REFERENCE_TIME));
  }

  @Test
  void aSecretWithoutTheWhsecPrefixIsTheSameKey() {
    assertInstanceOf(
        Verdict.Authentic.class,
        scheme.verify(
            reference().delivery(), List.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), REFERENCE_TIME));
  }

  @Test
  void severalSpaceSeparatedSignaturesAreAcceptedWhenOneMatches() {
    Signed request =
        reference()
            .withHeader(
                "webhook-signature",
                "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1a,xyz "
                    + REFERENCE_SIGNATURE
                    + " v1,not-base64!");
    assertInstanceOf(
        Verdict.Authentic.class,
        scheme.verify(request.delivery(), List.of(REFERENCE_SECRET), REFERENCE_TIME));
  }

  @Test
  void anotherVersionAloneIsRefused() {
    Signed request =
        reference()
            .withHeader("webhook-signature", "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    assertEquals(
        new Verdict.Refused("no v1 entry in webhook-signature header"),
        scheme.verify(request.delivery(), List.of(REFERENCE_SECRET), REFERENCE_TIME));
  }

  static Stream<Arguments> clocks() {
    return Stream.of(
        Arguments.of(REFERENCE_TIME.plus(Duration.ofMinutes(5)), true),
        Arguments.of(REFERENCE_TIME.minus(Duration.ofMinutes(5)), true),
        Arguments.of(REFERENCE_TIME.plus(Duration.ofMinutes(5)).plusSeconds(1), false),
        Arguments.of(REFERENCE_TIME.minus(Duration.ofMinutes(5)).minusSeconds(1), false));
  }

  @ParameterizedTest
  @MethodSource("clocks")
  void theTimestampMustLieWithinFiveMinutesEitherWay(Instant now, boolean accepted) {
    assertEquals(
        accepted ? Verdict.authentic() : Verdict.refused("timestamp outside the tolerance window"),
        scheme.verify(reference().delivery(), List.of(REFERENCE_SECRET), now));
  }

  @ParameterizedTest
  @MethodSource("requiredHeaders")
  void everyHeaderIsRequired(String header) {
    Signed request = reference().withoutHeader(header);
    assertEquals(
        new Verdict.Refused("missing " + header + " header"),
        scheme.verify(request.delivery(), List.of(REFERENCE_SECRET), REFERENCE_TIME));
  }

  static Stream<String> requiredHeaders() {
    return Stream.of("webhook-id", "webhook-timestamp", "webhook-signature");
  }

  @Test
  void theIdIsSigned() {
    Signed request = reference().withHeader("webhook-id", "msg_other");
    assertEquals(
        new Verdict.Refused("signature does not match"),
        scheme.verify(request.delivery(), List.of(REFERENCE_SECRET), REFERENCE_TIME));
  }

  @Test
  void anUndecodableSecretIsNoSecret() {
    assertEquals(
        new Verdict.Refused("no secret configured"),
        scheme.verify(reference().delivery(), List.of("whsec_***"), REFERENCE_TIME));
  }
}
