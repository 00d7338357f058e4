package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Ashby's own fraud data: with read credentials, the client info and Ashby's fraud checks join the
 * case as Ashby's (coverage notes naming Ashby; the client IP as the application IP, so Telltale's
 * own IP checks run on it); a person's recorded outcome, and never a band, sets Ashby's fraud
 * status through the outbox.
 */
class AshbyFraudIT {
  static final String CANDIDATE = "ash-fraud-1";
  static VendorStub ashby;
  static PayaraServer server;

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    ashby = VendorStub.start();
    Map<String, String> settings = new HashMap<>(WriteBackIT.fastDispatch());
    settings.put("telltale.data.dir", DataDirs.fresh("ashbyfraud"));
    settings.put("telltale.webhooks.ashby.secret", WebhookFixtures.SECRET);
    settings.put("telltale.fetch.ashby.url", ashby.url(""));
    settings.put("telltale.fetch.ashby.api-key", "ashby-read-key");
    settings.put("telltale.writeback.ashby.url", ashby.url(""));
    settings.put("telltale.writeback.ashby.api-key", "ashby-write-key");
    server = PayaraServer.start("ashbyfraud", Credentials.with(settings));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (ashby != null) ashby.close();
  }

  static String basic(String key) {
    return "Basic "
        + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
  }

  /** Ashby's applicationSubmit for another candidate, sent without the submitter's IP. */
  static void deliverApplication() {
    String body =
        new String(WebhookFixtures.body(Ats.ashby, "application_submit"), StandardCharsets.UTF_8)
            .replace("6d1c6c1e-2a55-4d3b-8d9a-1b2c3d4e5f60", "0b6f3a7e-1d2c-4b5a-9e8f-7a6b5c4d3e2f")
            .replace("c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b", CANDIDATE)
            .replace("\"submitterClientIp\":\"198.51.100.23\",", "");
    WebhookFixtures.Signed signed =
        WebhookFixtures.signedBody(
            Ats.ashby,
            "application_submit",
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SECRET,
            Instant.now());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    assertEquals(
        "queued",
        request.post("/webhooks/ashby").then().statusCode(200).extract().jsonPath().get("status"));
  }

  static JsonPath screening() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> ids =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=ashby&candidateId=" + CANDIDATE)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      if (!ids.isEmpty()) {
        return given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + ids.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the Ashby candidate was not screened");
  }

  @Test
  void ashbysChecksAreShownAsAshbysAndOnlyAPersonsOutcomeSetsItsFraudStatus() throws Exception {
    deliverApplication();
    JsonPath screened = screening();
    List<String> notes = screened.getList("coverage.notes", String.class);
    assertTrue(
        notes.contains(
            "Ashby's fraud check: VPN or proxy (Network): The application was submitted through a"
                + " VPN or proxy [true]"),
        notes.toString());
    assertTrue(
        notes.stream().anyMatch(n -> n.startsWith("Application IP and user agent: from Ashby")));
    // the client IP fed Telltale's own IP check as the application IP
    assertFalse(screened.getList("coverage.notEvaluated.id").contains("anonymizer_network"));
    VendorStub.Request checks = ashby.to("/candidate.listFraudChecks").get(0);
    assertEquals(basic("ashby-read-key"), checks.header("Authorization"));
    assertTrue(checks.body().contains(CANDIDATE), checks.body());

    // the band's write-back went out, and no fraud status with it
    ashby.await(r -> r.path().endsWith("/candidate.addTag"), 1, Duration.ofSeconds(30));
    assertTrue(ashby.to("/candidate.setFraudStatus").isEmpty());

    given()
        .baseUri(server.base().toString())
        .contentType(ContentType.JSON)
        .body(
            "{\"outcome\":\"identity_confirmed_false\",\"reviewer\":\"r.lee\","
                + "\"reason\":\"Another person joined the second round.\"}")
        .post("/api/v1/screenings/" + screened.getString("id") + "/outcome")
        .then()
        .statusCode(200);
    VendorStub.Request status =
        ashby
            .await(r -> r.path().endsWith("/candidate.setFraudStatus"), 1, Duration.ofSeconds(30))
            .get(0);
    assertEquals(basic("ashby-write-key"), status.header("Authorization"));
    assertTrue(status.body().contains("\"candidateId\":\"" + CANDIDATE + "\""), status.body());
    assertTrue(status.body().contains("\"fraudStatus\":\"Fraudulent\""), status.body());
    assertFalse(status.body().contains("second round"), "the reviewer's reason stays in Telltale");
  }
}
