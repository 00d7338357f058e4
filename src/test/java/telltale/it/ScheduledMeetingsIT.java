package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Which meeting belongs to which candidate, from the ATS's scheduled interviews: a Greenhouse
 * delivery with Harvest read access has the application's scheduled interviews read from a stand-in
 * Harvest API, the Zoom link of the second interview is registered as round 2 (the Meet one
 * skipped, Meet not being connected; the cancelled one left out), and the Zoom meeting's end then
 * updates that candidate's screening; the same through Harvest v3 with client credentials (a token,
 * then both cursor pages of the application's interviews with it); a signed Ashby interview
 * schedule registers its Zoom meeting. Repeated and later deliveries register nothing twice.
 */
class ScheduledMeetingsIT {
  static final String GREENHOUSE_CANDIDATE = "60304594";
  static final String V3_CANDIDATE = "60304595";
  static final String ASHBY_CANDIDATE = "c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b";
  static VendorStub harvest;
  static VendorStub harvestV3;
  static ZoomStub zoom;
  static PayaraServer server;

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    harvest = VendorStub.start();
    harvestV3 = VendorStub.start();
    harvestV3.clientCredentials("gh-client", "gh-client-secret");
    zoom = ZoomStub.start();
    zoom.participants(
        ZoomIT.UUID_IN_PATH,
        List.of(ZoomIT.INTERVIEWER + "," + ZoomIT.CANDIDATE_FIRST_JOIN, ZoomIT.CANDIDATE_REJOIN));
    server =
        PayaraServer.start(
            "scheduled",
            Credentials.with(
                Map.ofEntries(
                    Map.entry("telltale.data.dir", DataDirs.fresh("scheduled")),
                    Map.entry("telltale.webhooks.greenhouse.secret", WebhookFixtures.SECRET),
                    Map.entry("telltale.webhooks.ashby.secret", WebhookFixtures.SECRET),
                    Map.entry("telltale.fetch.greenhouse.url", harvest.url("/v1")),
                    Map.entry("telltale.fetch.greenhouse.api-key", "harvest-read-key"),
                    Map.entry("telltale.webhooks.greenhouse.v3.secret", WebhookFixtures.SECRET),
                    Map.entry("telltale.fetch.greenhouse.v3.url", harvestV3.url("/v3")),
                    Map.entry("telltale.fetch.greenhouse.v3.token-url", harvestV3.url("/token")),
                    Map.entry("telltale.fetch.greenhouse.v3.client-id", "gh-client"),
                    Map.entry("telltale.fetch.greenhouse.v3.client-secret", "gh-client-secret"),
                    Map.entry("telltale.meetings.zoom.secret", ZoomIT.SECRET),
                    Map.entry("telltale.meetings.zoom.url", zoom.url("/v2")),
                    Map.entry("telltale.meetings.zoom.oauth-url", zoom.url("/oauth/token")),
                    Map.entry("telltale.meetings.zoom.account-id", "acc-42"),
                    Map.entry("telltale.meetings.zoom.client-id", "client-7"),
                    Map.entry("telltale.meetings.zoom.client-secret", "client-secret-9"),
                    Map.entry("telltale.meetings.zoom.read-delay-seconds", "0"))));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (zoom != null) zoom.close();
    if (harvest != null) harvest.close();
    if (harvestV3 != null) harvestV3.close();
  }

  static JsonPath deliver(WebhookFixtures.Signed signed) {
    return deliver(signed, "/webhooks/" + signed.ats());
  }

  static JsonPath deliver(WebhookFixtures.Signed signed, String path) {
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request.post(path).then().statusCode(200).extract().jsonPath();
  }

  static List<String> screeningsOf(Ats ats, String candidateId, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> found = List.of();
    while (System.nanoTime() < deadline && found.size() < count) {
      Thread.sleep(500);
      found =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=" + ats + "&candidateId=" + candidateId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
    }
    assertEquals(count, found.size(), "screenings of " + candidateId);
    return found;
  }

  static JsonPath meetings(String screeningId) {
    return given()
        .baseUri(server.base().toString())
        .get("/api/v1/screenings/" + screeningId + "/meetings")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath screening(String id) {
    return given()
        .baseUri(server.base().toString())
        .get("/api/v1/screenings/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theStartNamesTheGreenhouseFetchConnectionStillOnAV1KeyAndTheV3SettingsToSet() {
    List<String> warnings = server.logLines("uses a Harvest v1 API key");

    assertEquals(1, warnings.size(), "the default connection only: " + warnings);
    assertTrue(
        warnings
            .get(0)
            .contains(
                "set telltale.fetch.greenhouse.client-id and"
                    + " telltale.fetch.greenhouse.client-secret"),
        warnings.get(0));
    assertFalse(warnings.get(0).contains("harvest-read-key"), "no key logged");
  }

  @Test
  void aGreenhouseInterviewsZoomLinkBecomesTheCandidatesRoundAndItsEndUpdatesTheScreening()
      throws Exception {
    WebhookFixtures.Signed delivery =
        WebhookFixtures.signed(
            Ats.greenhouse, "new_candidate_application", WebhookFixtures.SECRET, Instant.now());
    assertEquals("queued", deliver(delivery).getString("status"));
    String first = screeningsOf(Ats.greenhouse, GREENHOUSE_CANDIDATE, 1).get(0);

    // Harvest was asked as documented, with the read key
    VendorStub.Request read = harvest.to("/v1/applications/71980812/scheduled_interviews").get(0);
    assertEquals("GET", read.method());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("harvest-read-key:".getBytes(StandardCharsets.UTF_8)),
        read.header("Authorization"));

    JsonPath registered = meetings(first);
    assertEquals(List.of("zoom"), registered.getList("platform"), registered.prettify());
    assertEquals("85746065432", registered.getString("[0].meeting"));
    assertEquals(2, registered.getInt("[0].round"), "the Meet interview before it was round 1");
    assertEquals("registered", registered.getString("[0].status"));
    assertTrue(
        screening(first).getList("coverage.notes").stream()
            .anyMatch(n -> n.toString().contains("Google Meet meeting was not registered")),
        "an unconnected platform is a coverage note, not an error");

    // Greenhouse retrying the delivery changes nothing; a later delivery re-reads the interviews
    // and registers nothing twice
    assertEquals("duplicate", deliver(delivery).getString("status"));
    deliver(delivery.withHeader("Greenhouse-Event-ID", "0b8e2d6a-7f10-4c1e-9a51-4c4d5c2e6f0b"));
    screeningsOf(Ats.greenhouse, GREENHOUSE_CANDIDATE, 2);
    assertEquals(2, harvest.to("/scheduled_interviews").size());
    assertEquals(1, meetings(first).getList("id").size());

    // the meeting ends: Zoom's signed event, its participants read, the candidate's case updated
    long now = Instant.now().getEpochSecond();
    String ended = ZoomIT.ended("85746065432", ZoomIT.UUID, now * 1000);
    given()
        .baseUri(server.base().toString())
        .contentType("application/json; charset=utf-8")
        .header("x-zm-request-timestamp", String.valueOf(now))
        .header("x-zm-signature", ZoomIT.sign(ZoomIT.SECRET, now, ended))
        .body(ended.getBytes(StandardCharsets.UTF_8))
        .post("/webhooks/zoom")
        .then()
        .statusCode(200);
    String latest = screeningsOf(Ats.greenhouse, GREENHOUSE_CANDIDATE, 3).get(0);
    String camera =
        screening(latest).getString("signals.find { it.id == 'meeting_virtual_camera' }.evidence");
    assertTrue(camera.startsWith("Zoom, round 2: "), camera);
    assertTrue(camera.contains("OBS Virtual Camera"), camera);
    assertEquals("read", meetings(latest).getString("[0].status"));
  }

  @Test
  void throughHarvestV3TheInterviewsZoomLinkBecomesTheCandidatesRound() throws Exception {
    byte[] body =
        new String(
                WebhookFixtures.body(Ats.greenhouse, "new_candidate_application"),
                StandardCharsets.UTF_8)
            .replace(GREENHOUSE_CANDIDATE, V3_CANDIDATE)
            .getBytes(StandardCharsets.UTF_8);
    WebhookFixtures.Signed delivery =
        WebhookFixtures.signedBody(
                Ats.greenhouse,
                "new_candidate_application",
                body,
                WebhookFixtures.SECRET,
                Instant.now())
            .withHeader("Greenhouse-Event-ID", "7d1f0c3e-2a4b-4c5d-8e6f-9a0b1c2d3e4f");
    assertEquals("queued", deliver(delivery, "/webhooks/greenhouse/v3").getString("status"));
    String screening = screeningsOf(Ats.greenhouse, V3_CANDIDATE, 1).get(0);

    // a token for the client credentials, as Greenhouse documents it
    VendorStub.Request token = harvestV3.to("/token").get(0);
    assertEquals("POST", token.method());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("gh-client:gh-client-secret".getBytes(StandardCharsets.UTF_8)),
        token.header("Authorization"));
    assertTrue(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    assertEquals("grant_type=client_credentials", token.body());

    // the application's interviews with that token, the second page by its cursor alone
    List<VendorStub.Request> reads = harvestV3.to("/v3/interviews");
    assertEquals(2, reads.size(), reads.toString());
    assertEquals("/v3/interviews?application_ids=71980812&per_page=500", reads.get(0).path());
    assertEquals("/v3/interviews?cursor=eyJwYWdlIjoyfQ", reads.get(1).path());
    for (VendorStub.Request read : reads) {
      assertEquals("GET", read.method());
      assertEquals("Bearer " + harvestV3.tokens().get(0), read.header("Authorization"));
    }
    assertEquals(List.of(), harvest.to("/" + V3_CANDIDATE), "nothing went to the v1 API");

    JsonPath registered = meetings(screening);
    assertEquals(List.of("zoom"), registered.getList("platform"), registered.prettify());
    assertEquals("86123456789", registered.getString("[0].meeting"));
    assertEquals(2, registered.getInt("[0].round"), "the Meet interview before it was round 1");
  }

  @Test
  void anAshbyInterviewScheduleRegistersItsZoomMeetingOnce() throws Exception {
    String screeningId =
        deliver(
                WebhookFixtures.signed(
                    Ats.ashby, "application_submit", WebhookFixtures.SECRET, Instant.now()))
            .getString("screening");
    WebhookFixtures.Signed created =
        WebhookFixtures.signed(
            Ats.ashby, "interview_schedule_create", WebhookFixtures.SECRET, Instant.now());
    JsonPath ack = deliver(created);
    assertEquals("registered", ack.getString("status"));
    assertEquals(screeningId, ack.getString("screening"));
    JsonPath registered = meetings(screeningId);
    assertEquals(List.of("zoom"), registered.getList("platform"), registered.prettify());
    assertEquals("83310244567", registered.getString("[0].meeting"));
    assertEquals(2, registered.getInt("[0].round"), "the Meet interview a day earlier is round 1");

    assertEquals("duplicate", deliver(created).getString("status"));
    // Ashby's update that follows names the candidate; the same meeting is not registered again
    String update =
        new String(created.body(), StandardCharsets.UTF_8)
            .replace("0f6b1c2d-7e8f-4a9b-8c1d-2e3f4a5b6c7d", "1a2b3c4d-7e8f-4a9b-8c1d-2e3f4a5b6c7d")
            .replace("interviewScheduleCreate", "interviewScheduleUpdate")
            .replace(
                "\"status\": \"Scheduled\",",
                "\"status\": \"Scheduled\", \"candidateId\": \"" + ASHBY_CANDIDATE + "\",");
    assertTrue(update.contains(ASHBY_CANDIDATE));
    assertEquals(
        "registered",
        deliver(
                WebhookFixtures.signedBody(
                    Ats.ashby,
                    "interview_schedule_create",
                    update.getBytes(StandardCharsets.UTF_8),
                    WebhookFixtures.SECRET,
                    Instant.now()))
            .getString("status"));
    assertEquals(1, meetings(screeningId).getList("id").size());
    assertFalse(
        harvest.requests().stream()
            .anyMatch(
                r -> r.path().contains("interview") && !r.path().contains("scheduled_interviews")),
        "Ashby's payload needs no API call");
  }
}
