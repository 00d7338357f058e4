package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zoom as evidence, end to end: the URL-validation handshake, forged, stale and replayed events
 * refused, a meeting registered for a candidate's second round, its signed meeting.ended, the
 * participants read from a stand-in Zoom API (OAuth, paging, a 429), and the candidate's screening
 * updated with what the candidate's own record showed, named "Zoom, round 2".
 */
class ZoomIT {
  static final String SECRET = "zoom-secret-token-for-tests";
  static final String MEETING = "85746065432";
  static final String UUID = "aDYlohsHRtCd4ii1uC2+hA==";
  static final String UUID_IN_PATH = "aDYlohsHRtCd4ii1uC2%2BhA%3D%3D";
  static ZoomStub zoom;
  static PayaraServer server;

  // Dashboard participant records with the fields of Zoom's documented response
  // (DashboardsListMeetingParticipantsResponse): the interviewer, a user of the employer's account,
  // joins from Germany; the candidate, a guest whose e-mail Zoom hides, from Korea through OBS.
  static final String INTERVIEWER =
      """
      {"id":"DYHrdpjrS3uaOf7dPkkg8w","user_id":"16778240","user_name":"Lee Interviewer",\
      "participant_user_id":"DYHrdpjrS3uaOf7dPkkg8w","participant_uuid":"0EBA1F2A-1111",\
      "email":"lee@employer.example","role":"host","device":"Mac","os":"Mac",\
      "ip_address":"2.27.166.10","location":"Frankfurt (DE)","network_type":"Wired",\
      "data_center":"Germany (FR)","connection_type":"UDP","camera":"FaceTime HD Camera",\
      "microphone":"MacBook Pro Microphone","speaker":"MacBook Pro Speakers",\
      "join_time":"2026-11-30T14:58:00Z","leave_time":"2026-11-30T15:45:00Z","status":"in_meeting"}""";
  static final String CANDIDATE_FIRST_JOIN =
      """
      {"id":"","user_id":"33554432","user_name":"Dana K","participant_user_id":"",\
      "participant_uuid":"7F3C2B1A-2222","registrant_id":"","email":"","role":"attendee",\
      "device":"Windows","os":"Windows 10","ip_address":"1.11.4.20","location":"Seoul (KR)",\
      "network_type":"Wifi","data_center":"Hong Kong (HK)","connection_type":"UDP",\
      "camera":"OBS Virtual Camera","microphone":"Microphone (Realtek Audio)",\
      "speaker":"Speakers (Realtek Audio)","pc_name":"DESKTOP-7Q2K","mac_addr":"00:1a:2b:3c:4d:5e",\
      "harddisk_id":"S3Z9NB0K123","join_time":"2026-11-30T15:00:00Z",\
      "leave_time":"2026-11-30T15:20:00Z","leave_reason":"left the meeting","status":"in_meeting"}""";
  static final String CANDIDATE_REJOIN =
      CANDIDATE_FIRST_JOIN
          .replace("15:00:00Z", "15:21:00Z")
          .replace("2026-11-30T15:20:00Z", "2026-11-30T15:45:00Z");

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    zoom = ZoomStub.start();
    zoom.participants(
        UUID_IN_PATH, List.of(INTERVIEWER + "," + CANDIDATE_FIRST_JOIN, CANDIDATE_REJOIN));
    server =
        PayaraServer.start(
            "zoom",
            Credentials.with(
                Map.of(
                    "telltale.data.dir",
                    DataDirs.fresh("zoom"),
                    "telltale.meetings.zoom.secret",
                    "an-older-secret," + SECRET,
                    "telltale.meetings.zoom.url",
                    zoom.url("/v2"),
                    "telltale.meetings.zoom.oauth-url",
                    zoom.url("/oauth/token"),
                    "telltale.meetings.zoom.account-id",
                    "acc-42",
                    "telltale.meetings.zoom.client-id",
                    "client-7",
                    "telltale.meetings.zoom.client-secret",
                    "client-secret-9",
                    "telltale.meetings.zoom.read-delay-seconds",
                    "0")));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (zoom != null) zoom.close();
  }

  /** A request as Zoom signs it: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
  static ValidatableResponse deliver(String body, long timestamp, String signature) {
    return given()
        .baseUri(server.base().toString())
        .contentType("application/json; charset=utf-8")
        .header("x-zm-request-timestamp", String.valueOf(timestamp))
        .header("x-zm-signature", signature)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/webhooks/zoom")
        .then();
  }

  static ValidatableResponse deliver(String body, long timestamp) {
    return deliver(body, timestamp, sign(SECRET, timestamp, body));
  }

  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0="
          + HexFormat.of()
              .formatHex(
                  mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String ended(String meetingId, String uuid, long eventTs) {
    // the shape of Zoom's documented meeting.ended event (Rivet MeetingEndedEvent)
    return "{\"event\":\"meeting.ended\",\"event_ts\":"
        + eventTs
        + ",\"payload\":{\"account_id\":\"acc-42\",\"object\":{\"id\":"
        + meetingId
        + ",\"uuid\":\""
        + uuid
        + "\",\"host_id\":\"DYHrdpjrS3uaOf7dPkkg8w\",\"topic\":\"Interview, round 2\",\"type\":2,"
        + "\"start_time\":\"2026-11-30T14:58:00Z\",\"timezone\":\"Europe/Berlin\",\"duration\":45,"
        + "\"end_time\":\"2026-11-30T15:45:00Z\"}}}";
  }

  /** hex(HMAC-SHA256(key, text)) computed by openssl, outside Java. */
  static String openssl(String key, String text) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", key)
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), out);
    return out.substring(out.lastIndexOf(' ') + 1);
  }

  @Test
  void theUrlValidationIsAnsweredAsZoomDocumentsIt() throws Exception {
    long now = Instant.now().getEpochSecond();
    String body =
        "{\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event_ts\":"
            + now * 1000
            + ",\"event\":\"endpoint.url_validation\"}";
    JsonPath answer = deliver(body, now).statusCode(200).extract().jsonPath();
    assertEquals("qgg8vlvZRS6UYooatFL8Aw", answer.getString("plainToken"));
    // printf '%s' 'qgg8vlvZRS6UYooatFL8Aw' | openssl dgst -sha256 -hmac
    // 'zoom-secret-token-for-tests'
    assertEquals(
        "9d644a9fdedca2004fd16a8fa586497eb15eb3fc2fedf6dd3b0c4748fb78d655",
        answer.getString("encryptedToken"));
    assertEquals(openssl(SECRET, "qgg8vlvZRS6UYooatFL8Aw"), answer.getString("encryptedToken"));
  }

  @Test
  void forgedStaleAndReplayedEventsAreRefusedAndNothingIsRead() {
    long now = Instant.now().getEpochSecond();
    String forged = ended("91234567890", "forged-uuid==", now * 1000);
    deliver(forged, now, sign("not-the-secret", now, forged))
        .statusCode(401)
        .body("code", equalTo("invalid_signature"));
    // signed with the secret, but the body was changed afterwards
    deliver(forged.replace("91234567890", "91234567891"), now, sign(SECRET, now, forged))
        .statusCode(401);
    String stale = ended("91234567892", "stale-uuid==", (now - 400) * 1000);
    deliver(stale, now - 400).statusCode(401).body("code", equalTo("invalid_signature"));
    deliver("{\"event\":\"meeting.ended\"}", now, "").statusCode(401);

    String once = ended("91234567893", "once-uuid==", now * 1000);
    String signature = sign(SECRET, now, once);
    deliver(once, now, signature).statusCode(200).body("status", equalTo("queued"));
    deliver(once, now, signature).statusCode(401).body("code", equalTo("replayed"));
    // the same event signed again later is a replay too
    deliver(once, now + 1).statusCode(401).body("code", equalTo("replayed"));
    assertTrue(zoom.to("forged-uuid").isEmpty());
    assertTrue(zoom.to("stale-uuid").isEmpty());
  }

  @Test
  void aCandidatesSecondRoundOnZoomShowsTheNetworkAndTheVirtualCamera() throws Exception {
    JsonPath first =
        given()
            .baseUri(server.base().toString())
            .contentType(ContentType.JSON)
            .body(
                "{\"candidateId\":\"zoom-1\",\"name\":{\"first\":\"Dana\",\"last\":\"Kim\"},"
                    + "\"emails\":[\"dana.kim@example.com\"],\"location\":{\"country\":\"US\"},"
                    + "\"interviews\":[{\"round\":1,\"observations\":[]}]}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String screeningId = first.getString("id");

    given()
        .baseUri(server.base().toString())
        .header("Authorization", "Bearer " + Credentials.INTERVIEWER)
        .contentType(ContentType.JSON)
        .body(
            "{\"platform\":\"zoom\",\"meeting\":\"https://us02web.zoom.us/j/"
                + MEETING
                + "?pwd=x7Yz\",\"round\":2}")
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then()
        .statusCode(201)
        .body("status", equalTo("registered"))
        .body("meeting", equalTo(MEETING));

    zoom.rateLimitNext(UUID_IN_PATH, 1);
    long now = Instant.now().getEpochSecond();
    deliver(ended(MEETING, UUID, now * 1000), now)
        .statusCode(200)
        .body("status", equalTo("queued"));

    List<String> screenings = screeningsOf("zoom-1", 2, Duration.ofSeconds(60));
    JsonPath latest =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + screenings.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String network =
        latest.getString("signals.find { it.id == 'meeting_network_mismatch' }.evidence");
    assertTrue(network.startsWith("Zoom, round 2: "), network);
    assertTrue(network.contains("KR") && network.contains("US"), network);
    assertFalse(network.contains("DE"), "the interviewer's record is dropped: " + network);
    String camera = latest.getString("signals.find { it.id == 'meeting_virtual_camera' }.evidence");
    assertTrue(camera.startsWith("Zoom, round 2: "), camera);
    assertTrue(camera.contains("OBS Virtual Camera"), camera);
    String whole = latest.prettify();
    assertFalse(whole.contains("1.11.4.20"), "no address is kept");

    // Zoom was asked as documented: a token for the account, then both pages, after waiting out 429
    ZoomStub.Request token = zoom.to("/oauth/token").get(0);
    assertEquals("POST", token.method());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("client-7:client-secret-9".getBytes(StandardCharsets.UTF_8)),
        token.header("Authorization"));
    assertEquals("grant_type=account_credentials&account_id=acc-42", token.body());
    List<ZoomStub.Request> reads = zoom.to("/" + UUID_IN_PATH + "/participants");
    assertTrue(reads.size() >= 3, "429, page 1, page 2: " + reads);
    assertTrue(
        reads
            .get(0)
            .path()
            .contains("/v2/metrics/meetings/" + UUID_IN_PATH + "/participants?type=past"),
        reads.get(0).path());
    assertTrue(
        reads.get(reads.size() - 1).path().contains("next_page_token=page1"), reads.toString());
    assertEquals("Bearer " + ZoomStub.TOKEN, reads.get(0).header("Authorization"));
  }

  @Test
  void aMeetingNoCandidateMatchesIsKeptUntilAPersonAssignsIt() throws Exception {
    String screeningId = screen("zoom-3", "sam.lee@example.com");
    zoom.participants(
        "unmatched-uuid%3D%3D",
        List.of(INTERVIEWER + "," + CANDIDATE_FIRST_JOIN.replace("OBS Virtual Camera", "ManyCam")));
    long now = Instant.now().getEpochSecond();
    deliver(ended("87654321098", "unmatched-uuid==", now * 1000), now)
        .statusCode(200)
        .body("status", equalTo("queued"));
    awaitRead("unmatched-uuid%3D%3D", 1);
    Thread.sleep(3000);
    assertEquals(1, screeningsOf("zoom-3", 1, Duration.ofSeconds(5)).size());

    register(screeningId, "{\"platform\":\"zoom\",\"meeting\":\"876 5432 1098\",\"round\":1}")
        .statusCode(201)
        .body("status", equalTo("queued"));
    List<String> screenings = screeningsOf("zoom-3", 2, Duration.ofSeconds(60));
    String camera =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + screenings.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("signals.find { it.id == 'meeting_virtual_camera' }.evidence");
    assertTrue(camera.startsWith("Zoom, round 1: ") && camera.contains("ManyCam"), camera);
  }

  @Test
  void aParticipantUsingTheCandidatesEmailIsTheCandidateWithoutRegistration() throws Exception {
    screen("zoom-4", "ana.r@example.com");
    zoom.participants(
        "email-uuid%3D%3D",
        List.of(
            INTERVIEWER
                + ","
                + CANDIDATE_FIRST_JOIN.replace("\"email\":\"\"", "\"email\":\"Ana.R@example.com\"")
                + ","
                + CANDIDATE_FIRST_JOIN
                    .replace("7F3C2B1A-2222", "9A9A-3333")
                    .replace("1.11.4.20", "2.27.166.11")));
    long now = Instant.now().getEpochSecond();
    deliver(ended("86543210987", "email-uuid==", now * 1000), now).statusCode(200);
    List<String> screenings = screeningsOf("zoom-4", 2, Duration.ofSeconds(60));
    String network =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + screenings.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("signals.find { it.id == 'meeting_network_mismatch' }.evidence");
    // the other guest (from Germany) is dropped: only the record with the candidate's address
    // counts
    assertTrue(network.startsWith("Zoom, round 1: ") && network.contains("KR"), network);
    assertFalse(network.contains("DE"), network);
  }

  @Test
  void twoNamesOnOneConnectionAreLinkedThoughTheAddressIsNotKept() throws Exception {
    // each candidate joins from another machine, both from the same public address
    String shared =
        CANDIDATE_FIRST_JOIN
            .replace("1.11.4.20", "1.11.4.77")
            .replace("\"pc_name\":\"DESKTOP-7Q2K\"", "\"pc_name\":\"\"")
            .replace("00:1a:2b:3c:4d:5e", "")
            .replace("S3Z9NB0K123", "");
    screen("zoom-7", "mina.cho@example.com", "Mina", "Cho");
    zoom.participants(
        "net-a%3D%3D",
        List.of(shared.replace("\"email\":\"\"", "\"email\":\"mina.cho@example.com\"")));
    long now = Instant.now().getEpochSecond();
    deliver(ended("85432109876", "net-a==", now * 1000), now).statusCode(200);
    screeningsOf("zoom-7", 2, Duration.ofSeconds(60));

    screen("zoom-8", "joon.park@example.com", "Joon", "Park");
    zoom.participants(
        "net-b%3D%3D",
        List.of(shared.replace("\"email\":\"\"", "\"email\":\"joon.park@example.com\"")));
    deliver(ended("84321098765", "net-b==", now * 1000 + 1), now).statusCode(200);
    String latest = screeningsOf("zoom-8", 2, Duration.ofSeconds(60)).get(0);
    var screening =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + latest)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String evidence =
        screening.getString("signals.find { it.id == 'meeting_device_shared' }.evidence");
    assertTrue(evidence != null && evidence.contains("interview connection address"), evidence);
    assertFalse(screening.prettify().contains("1.11.4.77"), "the address itself is not kept");
  }

  static String screen(String candidateId, String email, String given, String family) {
    return given()
        .baseUri(server.base().toString())
        .contentType(ContentType.JSON)
        .body(
            "{\"candidateId\":\""
                + candidateId
                + "\""
                + (given == null
                    ? ""
                    : ",\"name\":{\"first\":\"" + given + "\",\"last\":\"" + family + "\"}")
                + ",\"emails\":[\""
                + email
                + "\"],\"location\":{\"country\":\"US\"}}")
        .post("/api/v1/screenings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String screen(String candidateId, String email) {
    return screen(candidateId, email, null, null);
  }

  static void awaitRead(String meetingInPath, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && zoom.to("/" + meetingInPath + "/participants").size() < count) {
      Thread.sleep(200);
    }
    assertTrue(zoom.to("/" + meetingInPath + "/participants").size() >= count, meetingInPath);
  }

  @Test
  void meetingsAreRegisteredOnlyForKnownScreeningsAndConnectedPlatforms() {
    String screeningId =
        given()
            .baseUri(server.base().toString())
            .contentType(ContentType.JSON)
            .body("{\"candidateId\":\"zoom-2\"}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    register(screeningId, "{\"platform\":\"meet\",\"meeting\":\"x\",\"round\":1}")
        .statusCode(400)
        .body("code", equalTo("platform_not_connected"));
    register(
            screeningId,
            "{\"platform\":\"zoom\",\"meeting\":\"https://evil.example/j/85746065432\",\"round\":1}")
        .statusCode(400)
        .body("code", equalTo("invalid_meeting"));
    register(screeningId, "{\"platform\":\"zoom\",\"meeting\":\"85746065432\"}").statusCode(400);
    register("no-such-screening", "{\"platform\":\"zoom\",\"meeting\":\"85746065432\",\"round\":1}")
        .statusCode(404);
    given()
        .baseUri(server.base().toString())
        .header("Authorization", "Bearer " + Credentials.RECRUITER)
        .contentType(ContentType.JSON)
        .body("{\"platform\":\"zoom\",\"meeting\":\"85746065432\",\"round\":1}")
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then()
        .statusCode(403);
  }

  static ValidatableResponse register(String screeningId, String json) {
    return given()
        .baseUri(server.base().toString())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then();
  }

  static List<String> screeningsOf(String candidateId, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<String> found = List.of();
    while (System.nanoTime() < deadline && found.size() < count) {
      Thread.sleep(500);
      found =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=generic&candidateId=" + candidateId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
    }
    assertEquals(count, found.size(), "screenings of " + candidateId);
    return found;
  }
}
