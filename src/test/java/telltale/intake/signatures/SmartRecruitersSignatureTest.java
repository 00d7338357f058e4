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
import telltale.intake.WebhookFixtures;
import telltale.intake.WebhookFixtures.Signed;
import telltale.profile.Ats;

/**
 * SmartRecruiters' v1 scheme, starting from the vendor's own example (developers.smartrecruiters
 * .com/reference/subscriptionsgeneratesecretkey-1). The rendered page drops the angle brackets of
 * the Link value and shows a space in the body; the published MAC reproduces with the Link value
 * {@code <http://smartrecruiters.com/endpoint>; rel=self} and the body without that space.
 */
class SmartRecruitersSignatureTest {
  static final String PUBLISHED_KEY = "HeBVky2bccvvkcXPimH8c";
  static final String PUBLISHED_SIGNATURE =
      "v1=2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f";
  static final Instant PUBLISHED_TIMESTAMP = Instant.ofEpochSecond(1574080897);

  final SmartRecruitersSignature scheme = new SmartRecruitersSignature(Duration.ofMinutes(5));

  static Signed published() {
    return WebhookFixtures.signed(Ats.smartrecruiters, "published_example")
        .withHeader("smartrecruiters-timestamp", "1574080897")
        .withHeader("smartrecruiters-signature", PUBLISHED_SIGNATURE);
  }

  @Test
  void thePublishedExampleVerifies() {
    assertInstanceOf(
        Verdict.Authentic.class,
        scheme.verify(published().delivery(), List.of(PUBLISHED_KEY), PUBLISHED_TIMESTAMP));
  }

  @Test
  void ourFixtureSignerReproducesThePublishedSignature() {
    Signed ours =
        WebhookFixtures.signed(
            Ats.smartrecruiters, "published_example", PUBLISHED_KEY, PUBLISHED_TIMESTAMP);
    assertEquals(PUBLISHED_SIGNATURE, ours.headers().get("smartrecruiters-signature").get(0));
  }

  static Stream<Arguments> signedHeaders() {
    return Stream.of(
        Arguments.of("event-id", "124"),
        Arguments.of("event-name", "application.status.updated"),
        Arguments.of("event-version", "v201907"),
        Arguments.of("link", "<http://smartrecruiters.com/other>; rel=self"),
        Arguments.of("smartrecruiters-timestamp", "1574080898"));
  }

  @ParameterizedTest
  @MethodSource("signedHeaders")
  void everySignedHeaderIsCovered(String header, String otherValue) {
    Signed changed = published().withHeader(header, otherValue);
    assertEquals(
        new Verdict.Refused("signature does not match"),
        scheme.verify(changed.delivery(), List.of(PUBLISHED_KEY), PUBLISHED_TIMESTAMP));
  }

  @Test
  void aMissingLinkHeaderIsSignedAsEmpty() {
    Signed noLink =
        WebhookFixtures.signed(Ats.smartrecruiters, "published_example").withoutHeader("link");
    Signed resigned = resign(noLink);
    assertInstanceOf(Verdict.Authentic.class, verifyAtFixtureTime(resigned));
  }

  @Test
  void anyOfSeveralV1EntriesMayMatchAndOtherSchemesAreSkipped() {
    Signed request = WebhookFixtures.signed(Ats.smartrecruiters, "application_created");
    String valid = request.headers().get("smartrecruiters-signature").get(0);
    String several = "v2=abcdef;v1=" + "00".repeat(32) + "; " + valid;
    assertInstanceOf(
        Verdict.Authentic.class,
        verifyAtFixtureTime(request.withHeader("smartrecruiters-signature", several)));
  }

  @Test
  void onlyUnknownSchemesAreRefused() {
    Signed request =
        WebhookFixtures.signed(Ats.smartrecruiters, "application_created")
            .withHeader("smartrecruiters-signature", "v2=" + "00".repeat(32));
    assertEquals(
        new Verdict.Refused("no v1 entry in smartrecruiters-signature header"),
        verifyAtFixtureTime(request));
  }

  static Stream<Arguments> clocks() {
    Instant sent = WebhookFixtures.SENT_AT;
    return Stream.of(
        Arguments.of(sent, true),
        Arguments.of(sent.plus(Duration.ofMinutes(5)), true),
        Arguments.of(sent.minus(Duration.ofMinutes(5)), true),
        Arguments.of(sent.plus(Duration.ofMinutes(5)).plusSeconds(1), false),
        Arguments.of(sent.minus(Duration.ofMinutes(5)).minusSeconds(1), false),
        Arguments.of(sent.plus(Duration.ofDays(1)), false));
  }

  @ParameterizedTest
  @MethodSource("clocks")
  void theTimestampMustLieWithinTheWindow(Instant now, boolean accepted) {
    Signed request = WebhookFixtures.signed(Ats.smartrecruiters, "application_created");
    Verdict verdict = scheme.verify(request.delivery(), List.of(WebhookFixtures.SECRET), now);
    assertEquals(
        accepted ? Verdict.authentic() : Verdict.refused("timestamp outside the tolerance window"),
        verdict);
  }

  @Test
  void aMissingOrMalformedTimestampIsRefused() {
    Signed request = WebhookFixtures.signed(Ats.smartrecruiters, "application_created");
    assertEquals(
        new Verdict.Refused("missing smartrecruiters-timestamp header"),
        verifyAtFixtureTime(request.withoutHeader("smartrecruiters-timestamp")));
    assertEquals(
        new Verdict.Refused("malformed smartrecruiters-timestamp header"),
        verifyAtFixtureTime(request.withHeader("smartrecruiters-timestamp", "yesterday")));
    assertEquals(
        new Verdict.Refused("malformed smartrecruiters-timestamp header"),
        verifyAtFixtureTime(
            request.withHeader("smartrecruiters-timestamp", String.valueOf(Long.MAX_VALUE))));
  }

  private Verdict verifyAtFixtureTime(Signed request) {
    return scheme.verify(
        request.delivery(), List.of(WebhookFixtures.SECRET), WebhookFixtures.SENT_AT);
  }

  /** Signs again over the request's own headers, as SmartRecruiters would have. */
  private static Signed resign(Signed request) {
    String timestamp = Long.toString(WebhookFixtures.SENT_AT.getEpochSecond());
    String signed =
        timestamp
            + "."
            + new String(request.body(), StandardCharsets.UTF_8)
            + "."
            + String.join(
                ".",
                request.headers().get("event-id").get(0),
                request.headers().get("event-name").get(0),
                request.headers().get("event-version").get(0),
                "");
    String mac =
        WebhookFixtures.hex(
            WebhookFixtures.hmac(WebhookFixtures.SECRET, WebhookFixtures.utf8(signed)));
    return request
        .withHeader("smartrecruiters-timestamp", timestamp)
        .withHeader("smartrecruiters-signature", "v1=" + mac);
  }
}
