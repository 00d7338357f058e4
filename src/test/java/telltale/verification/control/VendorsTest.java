package telltale.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.Ats;
import telltale.profile.Verification.Identity;
import telltale.verification.VerificationFixtures;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

class VendorsTest {
  static final Instant NOW = Instant.parse("2026-11-12T09:30:12Z");
  static final Duration TOLERANCE = Duration.ofMinutes(5);
  static final List<byte[]> KEYS = keys(VerificationFixtures.SECRET);

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("persona", "inquiry_completed", "inquiry.completed", Identity.passed),
        Arguments.of(
            "persona", "inquiry_failed_face_comparison", "inquiry.failed", Identity.mismatch),
        Arguments.of("veriff", "decision_approved", "decision.approved", Identity.passed),
        Arguments.of("veriff", "decision_declined_name", "decision.declined", Identity.mismatch),
        Arguments.of("onfido", "workflow_run_completed", "workflow_run.completed", Identity.passed),
        Arguments.of("onfido", "check_completed", "check.completed", Identity.failed),
        Arguments.of("checkr", "report_completed", "report.completed", Identity.passed));
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @MethodSource("fixtures")
  void aSignedFixtureVerifiesAndReadsAsAnOutcomeForTheReferencedCandidate(
      String vendor, String fixture, String event, Identity status) {
    VerificationVendor reader = Vendors.named(vendor).orElseThrow();
    SignedRequest request = signed(vendor, fixture, VerificationFixtures.SECRET, NOW);

    reader.verify(request, KEYS, NOW, TOLERANCE);
    VendorEvent read = reader.read(request, json(request.body())).orElseThrow();

    assertEquals(event, read.event());
    assertEquals(status, read.status());
    assertEquals(new Reference(Ats.greenhouse, "60304594"), read.reference().orElseThrow());
    assertTrue(!read.eventId().isBlank());
    assertTrue(!read.toString().contains("Okafor"), "the verified name never reaches a log");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void anAlteredBodyOrAnotherSecretIsRefused(String vendor, String fixture) {
    VerificationVendor reader = Vendors.named(vendor).orElseThrow();
    SignedRequest request = signed(vendor, fixture, VerificationFixtures.SECRET, NOW);
    byte[] altered =
        new String(request.body(), StandardCharsets.UTF_8)
            .replace("60304594", "60304595")
            .getBytes(StandardCharsets.UTF_8);

    assertThrows(
        Refused.class,
        () -> reader.verify(new SignedRequest(request.headers(), altered), KEYS, NOW, TOLERANCE));
    assertThrows(
        Refused.class, () -> reader.verify(request, keys("another secret"), NOW, TOLERANCE));
    assertThrows(
        Refused.class,
        () -> reader.verify(new SignedRequest(Map.of(), request.body()), KEYS, NOW, TOLERANCE));
  }

  @Test
  void personaRefusesASignatureOlderOrNewerThanTheTolerance() {
    Persona persona = new Persona();
    SignedRequest old =
        signed("persona", "inquiry_completed", VerificationFixtures.SECRET, NOW.minusSeconds(301));
    SignedRequest future =
        signed("persona", "inquiry_completed", VerificationFixtures.SECRET, NOW.plusSeconds(301));

    Refused stale = assertThrows(Refused.class, () -> persona.verify(old, KEYS, NOW, TOLERANCE));
    assertEquals("timestamp outside the tolerance window", stale.getMessage());
    assertThrows(Refused.class, () -> persona.verify(future, KEYS, NOW, TOLERANCE));
  }

  @Test
  void personaAcceptsEitherPairWhileASecretRotates() {
    byte[] body = VerificationFixtures.body("persona", "inquiry_completed");
    String rotating =
        VerificationFixtures.persona(body, VerificationFixtures.OLD_SECRET, NOW)
            + " "
            + VerificationFixtures.persona(body, VerificationFixtures.SECRET, NOW);
    SignedRequest request = new SignedRequest(Map.of("persona-signature", List.of(rotating)), body);

    new Persona().verify(request, KEYS, NOW, TOLERANCE);
    new Persona().verify(request, keys(VerificationFixtures.OLD_SECRET), NOW, TOLERANCE);
    assertThrows(Refused.class, () -> new Persona().verify(request, keys("third"), NOW, TOLERANCE));
  }

  @Test
  void personaEventsWithoutAnOutcomeAreNotRead() {
    SignedRequest created = signed("persona", "inquiry_created", VerificationFixtures.SECRET, NOW);
    assertTrue(new Persona().read(created, json(created.body())).isEmpty());
  }

  @Test
  void aReferenceNamesAKnownAtsAndACandidate() {
    assertEquals(new Reference(Ats.lever, "a:b"), Reference.parse(" lever:a:b ").orElseThrow());
    assertTrue(Reference.parse("60304594").isEmpty());
    assertTrue(Reference.parse("workday:1").isEmpty());
    assertTrue(Reference.parse("greenhouse:").isEmpty());
    assertTrue(Reference.parse(null).isEmpty());
  }

  static SignedRequest signed(String vendor, String fixture, String secret, Instant at) {
    byte[] body = VerificationFixtures.body(vendor, fixture);
    return new SignedRequest(VerificationFixtures.headers(vendor, body, secret, at), body);
  }

  static JsonObject json(byte[] body) {
    return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
        .readObject();
  }

  static List<byte[]> keys(String... secrets) {
    return Stream.of(secrets).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
  }
}
