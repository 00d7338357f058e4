package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Thin deliveries (ids only) with API access configured: acknowledged as queued, completed from the
 * vendor's API by the worker, screened once; a failing API is retried later.
 */
class FetchIT {
  static final String LEVER_OPPORTUNITY = "250d8f03-738a-4bba-a671-8a3d73477145";
  static VendorStub vendor;
  static PayaraServer server;

  @BeforeAll
  static void start() throws Exception {
    Credentials.adminByDefault();
    vendor = VendorStub.start();
    server =
        PayaraServer.start(
            "fetch",
            Credentials.with(
                Map.of(
                    "telltale.data.dir",
                    DataDirs.fresh("fetch"),
                    "telltale.webhooks.lever.secret",
                    WebhookFixtures.LEVER_SECRET,
                    "telltale.webhooks.ashby.secret",
                    WebhookFixtures.SECRET,
                    "telltale.fetch.lever.url",
                    vendor.url(""),
                    "telltale.fetch.lever.api-key",
                    "lever-read-key",
                    "telltale.fetch.ashby.url",
                    vendor.url(""),
                    "telltale.fetch.ashby.api-key",
                    "ashby-read-key")));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (vendor != null) vendor.close();
  }

  static JsonPath deliver(Ats ats, String fixture) {
    return deliver(
        WebhookFixtures.signed(ats, fixture, WebhookFixtures.secretFor(ats), Instant.now()));
  }

  static JsonPath deliver(WebhookFixtures.Signed signed) {
    Ats ats = signed.ats();
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request.post("/webhooks/" + ats).then().statusCode(200).extract().jsonPath();
  }

  static List<Object> screeningsOf(Ats ats, String candidateId, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<Object> found = List.of();
    while (System.nanoTime() < deadline && found.isEmpty()) {
      found =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=" + ats + "&candidateId=" + candidateId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      Thread.sleep(500);
    }
    return found;
  }

  @Test
  void aLeverDeliveryIsQueuedThenCompletedFromTheApiWithReadCredentials() throws Exception {
    WebhookFixtures.Signed delivery =
        WebhookFixtures.signed(
            Ats.lever, "application_created", WebhookFixtures.LEVER_SECRET, Instant.now());
    assertEquals("queued", deliver(delivery).getString("status"));
    List<Object> screenings = screeningsOf(Ats.lever, LEVER_OPPORTUNITY, Duration.ofSeconds(30));
    assertEquals(1, screenings.size());
    VendorStub.Request call = vendor.to("/v1/opportunities/" + LEVER_OPPORTUNITY).get(0);
    assertEquals("GET", call.method());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("lever-read-key:".getBytes(StandardCharsets.UTF_8)),
        call.header("Authorization"));
    // the fetched opportunity's phone now counts: coverage no longer lacks phones
    given()
        .baseUri(server.base().toString())
        .get("/api/v1/screenings/" + screenings.get(0))
        .then()
        .statusCode(200)
        .body("coverage.notEvaluated.find { it.id == 'phone_voip' }", equalTo(null));
    // Lever retrying the same delivery (same token and triggeredAt) changes nothing
    assertEquals("duplicate", deliver(delivery).getString("status"));
  }

  @Test
  void anAshbyApiThatFailsOnceIsRetriedAndTheCandidateScreenedOnce() throws Exception {
    vendor.failNext("/candidate.info", 1, 500, Map.of());
    JsonPath ack = deliver(Ats.ashby, "application_submit");
    assertEquals("queued", ack.getString("status"));
    String candidateId = "c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b";
    List<Object> screenings = screeningsOf(Ats.ashby, candidateId, Duration.ofSeconds(45));
    assertEquals(1, screenings.size());
    long calls = vendor.to("/candidate.info").size();
    assertTrue(calls >= 2, "the failed call is retried");
    VendorStub.Request call = vendor.to("/candidate.info").get(0);
    assertTrue(call.body().contains(candidateId), call.body());
  }
}
