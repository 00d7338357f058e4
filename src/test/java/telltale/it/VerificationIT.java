package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.verification.VerificationFixtures;

/**
 * One case fed by every system: a Greenhouse candidate, then an identity-verification vendor's
 * signed webhook, then an onboarding update from the HR system through the generic connector. Runs
 * its own server so that its database files can be scanned for what must never be stored.
 */
class VerificationIT {
  /** The rules the identity-verification and onboarding evidence lets run. */
  static final List<String> IDV_AND_ONBOARDING =
      List.of(
          "id_check_refused_or_failed",
          "address_changed_before_shipment",
          "crypto_pay_request",
          "onboarding_in_person_avoidance",
          "payroll_account_anomaly",
          "remote_access_tooling",
          "ship_to_other_address");

  /** Values in the vendor fixtures that Telltale must never read, keep or log. */
  static final List<String> NEVER_KEPT =
      List.of(
          "1991-04-17", // date of birth
          "D4419027", // identification number
          "521-44-0187", // social security number
          "B01234567", // passport number
          "38904170123", // national id number
          "F2111655", // driver licence number
          "selfie-center.jpg", // selfie image
          "government-id-front", // document image
          "0.9731", // face similarity score
          "0.9912", // liveness score
          "LAGOS", // place of birth
          "Quarry Lane"); // address from the vendor

  static final AtomicInteger SEQUENCE = new AtomicInteger();
  static PayaraServer server;
  static String dataDir;

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    dataDir = DataDirs.fresh("verification");
    Map<String, String> settings = new HashMap<>();
    settings.put("telltale.data.dir", dataDir);
    settings.put("telltale.webhooks.greenhouse.secret", WebhookFixtures.SECRET);
    settings.put("telltale.webhooks.generic.secret", Signing.GENERIC_SECRET);
    settings.put(
        "telltale.webhooks.persona.secret",
        VerificationFixtures.OLD_SECRET + "," + VerificationFixtures.SECRET);
    settings.put("telltale.webhooks.persona.eu.secret", VerificationFixtures.SECRET);
    settings.put("telltale.webhooks.veriff.secret", VerificationFixtures.SECRET);
    settings.put("telltale.webhooks.onfido.secret", VerificationFixtures.SECRET);
    settings.put("telltale.webhooks.checkr.secret", VerificationFixtures.SECRET);
    server = PayaraServer.start("verification", Credentials.with(settings));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aGreenhouseCandidateThenPersonaThenTheHrSystemMakeOneCaseWithEveryCheckRun() {
    String candidate = greenhouseCandidate("Ren\\u00e9e", "Okafor");
    JsonPath first = latest(candidate);
    assertTrue(notEvaluated(first).containsAll(IDV_AND_ONBOARDING), notEvaluated(first).toString());

    vendor("persona", "inquiry_completed", candidate, Instant.now())
        .statusCode(200)
        .body("status", equalTo("screened"))
        .body("screening", notNullValue());
    Signing.deliver(base(), "msg_" + candidate, onboarding(candidate))
        .statusCode(200)
        .body("status", equalTo("screened"));

    assertEquals(3, screeningsOf(candidate).size(), "one case: the ATS, the vendor, the HR system");
    JsonPath last = latest(candidate);
    List<String> notRun = notEvaluated(last);
    IDV_AND_ONBOARDING.forEach(rule -> assertFalse(notRun.contains(rule), rule + " ran"));
    assertFalse(
        last.getList("signals.id").contains("id_check_refused_or_failed"),
        "Persona passed the person the candidate says they are");
  }

  @Test
  void forgedStaleOrReplayedPersonaDeliveriesAre401AndNothingIsStored() {
    String candidate = greenhouseCandidate("Ren\\u00e9e", "Okafor");
    byte[] body = personaBody("inquiry_completed", candidate);
    Instant now = Instant.now();

    post("persona", body, VerificationFixtures.headers("persona", body, "not-the-secret", now))
        .statusCode(401)
        .body("code", equalTo("invalid_signature"));
    byte[] altered =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"completed\"", "\"approved\"")
            .getBytes(StandardCharsets.UTF_8);
    post("persona", altered, VerificationFixtures.headers("persona", body, secret(), now))
        .statusCode(401);
    // a delivery captured an hour ago and sent again: its signed timestamp is stale
    post(
            "persona",
            body,
            VerificationFixtures.headers("persona", body, secret(), now.minusSeconds(3600)))
        .statusCode(401)
        .body("code", equalTo("invalid_signature"));
    post("persona", body, Map.of()).statusCode(401);
    assertEquals(1, screeningsOf(candidate).size(), "nothing stored");

    String taken =
        post("persona", body, VerificationFixtures.headers("persona", body, secret(), now))
            .statusCode(200)
            .body("status", equalTo("screened"))
            .extract()
            .path("screening");
    // Persona delivers the same event again (a retry): acknowledged, nothing new
    post("persona", body, VerificationFixtures.headers("persona", body, secret(), Instant.now()))
        .statusCode(200)
        .body("status", equalTo("duplicate"))
        .body("screening", equalTo(taken));
    assertEquals(2, screeningsOf(candidate).size());
  }

  @Test
  void eachVendorsOutcomeReachesTheCandidatesCase() {
    assertOutcome("veriff", "decision_approved", false);
    assertOutcome("veriff", "decision_declined_name", true);
    assertOutcome("onfido", "workflow_run_completed", false);
    assertOutcome("onfido", "check_completed", true);
    assertOutcome("checkr", "report_completed", false);
    assertOutcome("persona", "inquiry_failed_face_comparison", true);
  }

  @Test
  void aVerifiedNameThatIsNotTheCandidatesIsAMismatch() {
    String candidate = greenhouseCandidate("Dana", "Kim");
    vendor("persona", "inquiry_completed", candidate, Instant.now())
        .statusCode(200)
        .body("status", equalTo("screened"));
    assertTrue(latest(candidate).getList("signals.id").contains("id_check_refused_or_failed"));
  }

  @Test
  void aNamedConnectionHasItsOwnSecret() {
    String candidate = greenhouseCandidate("Ren\\u00e9e", "Okafor");
    byte[] body = personaBody("inquiry_completed", candidate);
    Map<String, List<String>> signed =
        VerificationFixtures.headers("persona", body, secret(), Instant.now());
    post("persona/eu", body, signed).statusCode(200).body("status", equalTo("screened"));
    Map<String, List<String>> old =
        VerificationFixtures.headers(
            "persona", body, VerificationFixtures.OLD_SECRET, Instant.now());
    post("persona/eu", body, old).statusCode(401);
    post("veriff/nobody", body, signed).statusCode(401).body("code", equalTo("no_secret"));
  }

  @Test
  void eventsTelltaleCannotPlaceAreAcknowledgedSoTheVendorStopsRetrying() {
    vendor("persona", "inquiry_completed", "never-screened-" + UUID.randomUUID(), Instant.now())
        .statusCode(200)
        .body("status", equalTo("ignored"))
        .body("reason", equalTo("unknown candidate"));
    vendor("persona", "inquiry_created", greenhouseCandidate("A", "B"), Instant.now())
        .statusCode(200)
        .body("status", equalTo("ignored"));
    byte[] unreferenced =
        new String(personaBody("inquiry_completed", "x"), StandardCharsets.UTF_8)
            .replace("greenhouse:x", "no-reference")
            .getBytes(StandardCharsets.UTF_8);
    post(
            "persona",
            unreferenced,
            VerificationFixtures.headers("persona", unreferenced, secret(), Instant.now()))
        .statusCode(200)
        .body("status", equalTo("ignored"));
  }

  @Test
  void hrEvidenceForACandidateTelltaleNeverSawIsAClear404() {
    Signing.deliver(
            base(), "msg_" + UUID.randomUUID(), onboarding("never-seen-" + UUID.randomUUID()))
        .statusCode(404)
        .body("code", equalTo("unknown_candidate"));
  }

  @Test
  void datesOfBirthDocumentNumbersImagesAndScoresNeverReachTheDatabaseOrTheLog() throws Exception {
    String candidate = greenhouseCandidate("Ren\\u00e9e", "Okafor");
    vendor("persona", "inquiry_completed", candidate, Instant.now()).statusCode(200);
    vendor("veriff", "decision_approved", candidate, Instant.now()).statusCode(200);
    vendor("onfido", "workflow_run_completed", candidate, Instant.now()).statusCode(200);
    vendor("checkr", "report_completed", candidate, Instant.now()).statusCode(200);
    assertEquals(5, screeningsOf(candidate).size());

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!stored(candidate) && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertTrue(stored(candidate), "the scan finds what is stored");
    for (String value : NEVER_KEPT) {
      assertFalse(stored(value), value + " is never stored");
      assertFalse(server.logText().contains(value), value + " is never logged");
    }
  }

  private static void assertOutcome(String vendor, String fixture, boolean flagged) {
    String candidate = greenhouseCandidate("Ren\\u00e9e", "Okafor");
    vendor(vendor, fixture, candidate, Instant.now())
        .statusCode(200)
        .body("status", equalTo("screened"));
    JsonPath last = latest(candidate);
    assertFalse(notEvaluated(last).contains("id_check_refused_or_failed"), vendor + " ran");
    assertEquals(
        flagged,
        last.getList("signals.id").contains("id_check_refused_or_failed"),
        vendor + " " + fixture);
  }

  /** A new Greenhouse candidate, screened from the signed sample delivery; returns its id. */
  static String greenhouseCandidate(String first, String last) {
    String candidate = "7" + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
    String body =
        new String(
                WebhookFixtures.body(Ats.greenhouse, "new_candidate_application"),
                StandardCharsets.UTF_8)
            .replace("60304594", candidate)
            .replace("\"first_name\": \"Ren\\u00e9e\"", "\"first_name\": \"" + first + "\"")
            .replace("\"last_name\": \"Okafor\"", "\"last_name\": \"" + last + "\"");
    WebhookFixtures.Signed signed =
        WebhookFixtures.signedBody(
            Ats.greenhouse,
            "new_candidate_application",
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SECRET,
            Instant.now());
    Map<String, List<String>> headers = new HashMap<>(signed.headers());
    headers.put("Greenhouse-Event-ID", List.of(UUID.randomUUID().toString()));
    post("greenhouse", signed.body(), headers).statusCode(200).body("status", equalTo("screened"));
    return candidate;
  }

  /** The vendor's fixture about this candidate, signed now (or at the given time). */
  static ValidatableResponse vendor(String vendor, String fixture, String candidate, Instant at) {
    byte[] body = fixtureFor(vendor, fixture, candidate);
    return post(vendor, body, VerificationFixtures.headers(vendor, body, secret(), at));
  }

  static byte[] personaBody(String fixture, String candidate) {
    return fixtureFor("persona", fixture, candidate);
  }

  /** The fixture with the candidate's id in its reference and a fresh event id. */
  static byte[] fixtureFor(String vendor, String fixture, String candidate) {
    String body =
        new String(VerificationFixtures.body(vendor, fixture), StandardCharsets.UTF_8)
            .replace("60304594", candidate)
            .replace("\"id\": \"evt_", "\"id\": \"evt_" + candidate + "_")
            .replace("\"id\": \"5c1f1a1e8b2c3d0001a2b3c4\"", "\"id\": \"" + candidate + "\"");
    return body.getBytes(StandardCharsets.UTF_8);
  }

  static ValidatableResponse post(String path, byte[] body, Map<String, List<String>> headers) {
    var request = given().baseUri(base()).contentType("application/json").body(body);
    headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request.post("/webhooks/" + path).then();
  }

  static String onboarding(String candidate) {
    return new String(
            WebhookFixtures.body(Ats.generic, "onboarding_evidence"), StandardCharsets.UTF_8)
        .replace("60304594", candidate);
  }

  static List<Object> screeningsOf(String candidate) {
    return given()
        .baseUri(base())
        .get("/api/v1/screenings?ats=greenhouse&candidateId=" + candidate)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id");
  }

  /** The candidate's latest screening (the list is newest first). */
  static JsonPath latest(String candidate) {
    Object id = screeningsOf(candidate).get(0);
    return given()
        .baseUri(base())
        .get("/api/v1/screenings/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static List<String> notEvaluated(JsonPath screening) {
    return screening.getList("coverage.notEvaluated.id");
  }

  static String secret() {
    return VerificationFixtures.SECRET;
  }

  static String base() {
    return server.base().toString();
  }

  private static boolean stored(String text) throws IOException {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> paths = Files.walk(Path.of(dataDir))) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(path), wanted) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(byte[] data, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= data.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (data[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
