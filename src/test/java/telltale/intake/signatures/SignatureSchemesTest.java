package telltale.intake.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.intake.WebhookFixtures.Signed;
import telltale.profile.Ats;

/** What every vendor's scheme must do, on a real signed fixture of that vendor. */
class SignatureSchemesTest {

  static Stream<Ats> everyAts() {
    return Arrays.stream(Ats.values());
  }

  static Stream<Ats> headerSigned() {
    return everyAts().filter(ats -> ats != Ats.lever);
  }

  static Signed fixture(Ats ats) {
    String name =
        switch (ats) {
          case generic -> "profile";
          case greenhouse -> "new_candidate_application";
          case lever -> "application_created";
          case ashby -> "application_submit";
          case workable -> "candidate_created";
          case smartrecruiters -> "application_created";
          case jazzhr -> "candidate_export";
          case recruitee -> "candidate_moved";
        };
    return WebhookFixtures.signed(ats, name);
  }

  static Verdict verify(Signed request, String... secrets) {
    return Signatures.forAts(request.ats())
        .verify(request.delivery(), List.of(secrets), WebhookFixtures.SENT_AT.plusSeconds(2));
  }

  /** Another secret in the form the scheme expects. */
  static String other(Ats ats, String word) {
    return ats == Ats.generic
        ? "whsec_" + Base64.getEncoder().encodeToString(WebhookFixtures.utf8(word))
        : word;
  }

  static String refusal(Verdict verdict) {
    return assertInstanceOf(Verdict.Refused.class, verdict).reason();
  }

  @ParameterizedTest
  @MethodSource("everyAts")
  void aCorrectlySignedDeliveryIsAuthentic(Ats ats) {
    Signed request = fixture(ats);
    assertInstanceOf(Verdict.Authentic.class, verify(request, WebhookFixtures.secretFor(ats)));
  }

  @ParameterizedTest
  @MethodSource("everyAts")
  void anotherSecretIsRefused(Ats ats) {
    assertEquals("signature does not match", refusal(verify(fixture(ats), other(ats, "wrong"))));
  }

  @ParameterizedTest
  @MethodSource("everyAts")
  void duringRotationEitherSecretIsAccepted(Ats ats) {
    String old = other(ats, "old");
    assertInstanceOf(
        Verdict.Authentic.class, verify(fixture(ats), old, WebhookFixtures.secretFor(ats)));
    assertInstanceOf(
        Verdict.Authentic.class, verify(fixture(ats), WebhookFixtures.secretFor(ats), old));
  }

  @ParameterizedTest
  @MethodSource("everyAts")
  void withoutAConfiguredSecretNothingIsAuthentic(Ats ats) {
    assertEquals("no secret configured", refusal(verify(fixture(ats))));
    assertEquals("no secret configured", refusal(verify(fixture(ats), " ")));
  }

  @ParameterizedTest
  @MethodSource("headerSigned")
  void oneChangedByteOfTheBodyIsRefused(Ats ats) {
    Signed altered = fixture(ats).withOneByteChanged();
    assertEquals(
        "signature does not match", refusal(verify(altered, WebhookFixtures.secretFor(ats))));
  }

  @ParameterizedTest
  @MethodSource("headerSigned")
  void aMissingSignatureHeaderIsRefused(Ats ats) {
    String header = WebhookFixtures.signatureHeader(ats);
    Signed unsigned = fixture(ats).withoutHeader(header);
    assertEquals(
        "missing " + header + " header", refusal(verify(unsigned, WebhookFixtures.secretFor(ats))));
  }

  @ParameterizedTest
  @MethodSource("headerSigned")
  void aDoubledSignatureHeaderWithAnotherValueIsRefused(Ats ats) {
    String header = WebhookFixtures.signatureHeader(ats);
    Signed doubled = fixture(ats).withDoubledHeader(header, "sha256=00");
    assertEquals(
        "conflicting " + header + " headers",
        refusal(verify(doubled, WebhookFixtures.secretFor(ats))));
  }

  @ParameterizedTest
  @MethodSource("headerSigned")
  void aDoubledSignatureHeaderWithTheSameValueIsAccepted(Ats ats) {
    Signed request = fixture(ats);
    String header = WebhookFixtures.signatureHeader(ats);
    Signed doubled = request.withDoubledHeader(header, request.headers().get(header).get(0));
    assertInstanceOf(Verdict.Authentic.class, verify(doubled, WebhookFixtures.secretFor(ats)));
  }

  @ParameterizedTest
  @MethodSource("headerSigned")
  void aMalformedSignatureHeaderIsRefused(Ats ats) {
    Signed request = fixture(ats).withHeader(WebhookFixtures.signatureHeader(ats), "not a mac");
    String reason = refusal(verify(request, WebhookFixtures.secretFor(ats)));
    assertTrue(reason.startsWith("malformed") || reason.startsWith("no v1 entry"), reason);
  }

  @ParameterizedTest
  @MethodSource("everyAts")
  void refusalReasonsAreShortAndCarryNoSecretAndNoBody(Ats ats) {
    String secret = WebhookFixtures.secretFor(ats);
    Signed request = fixture(ats);
    List<Verdict> refusals =
        List.of(
            verify(request.withOneByteChanged(), secret),
            verify(request, other(ats, "wrong")),
            verify(request));
    for (Verdict verdict : refusals) {
      if (verdict instanceof Verdict.Refused refused) {
        assertTrue(refused.reason().length() < 60, refused.reason());
        assertFalse(refused.reason().contains(secret), refused.reason());
        assertFalse(refused.reason().contains("{"), refused.reason());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Ats.class)
  void everyAtsHasItsOwnScheme(Ats ats) {
    assertEquals(ats, Signatures.forAts(ats).ats());
    assertEquals(ats, Signatures.forAts(ats, Tolerances.DEFAULTS).ats());
  }

  @Test
  void theDefaultWindowsAreFiveMinutesExceptLeversHour() {
    assertEquals(Duration.ofMinutes(5), Tolerances.DEFAULTS.smartRecruiters());
    assertEquals(Duration.ofMinutes(5), Tolerances.DEFAULTS.standardWebhooks());
    assertEquals(Duration.ofHours(1), Tolerances.DEFAULTS.lever());
  }
}
