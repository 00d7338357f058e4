package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Google Meet as evidence, end to end: a meeting registered for a candidate's second round is
 * polled through the Admin SDK Reports API of a stand-in Google (a service account's RS256 JWT
 * exchanged for a token, call_ended activities filtered by meeting code, paged, a 429 waited out),
 * and the candidate's screening gains what the candidate's own record showed, named "Google Meet,
 * round 2"; a meeting Meet has not logged yet is looked for again until it is.
 */
class MeetIT {
  static final String ACCOUNT = "telltale-reader@telltale-it.iam.gserviceaccount.com";
  static final String ADMIN = "reports-admin@employer.example";
  static MeetStub google;
  static PayaraServer server;

  /** One call_ended activity, in the shape of the Reports API's Meet activities. */
  static String callEnded(String time, String code, String... parameters) {
    return "{\"kind\":\"admin#reports#activity\",\"id\":{\"time\":\""
        + time
        + "\",\"uniqueQualifier\":\"6127585580824196360\",\"applicationName\":\"meet\","
        + "\"customerId\":\"C03v4gz0f\"},\"etag\":\"\\\"x\\\"\",\"actor\":{\"callerType\":\"USER\","
        + "\"email\":\"lee@employer.example\",\"profileId\":\"117927411761819390794\"},"
        + "\"events\":[{\"type\":\"call\",\"name\":\"call_ended\",\"parameters\":["
        + "{\"name\":\"video_send_seconds\",\"intValue\":\"952\"},"
        + "{\"name\":\"duration_seconds\",\"intValue\":\"952\"},"
        + "{\"name\":\"calendar_event_id\",\"value\":\"sp96thsgrtovn7gk1fvadd3c6p_20261130T150000Z\"},"
        + "{\"name\":\"conference_id\",\"value\":\"TV7cUIqyGqGTBAh_SmMQYKIA\"},"
        + "{\"name\":\"product_type\",\"value\":\"meet\"},"
        + "{\"name\":\"organizer_email\",\"value\":\"lee@employer.example\"},"
        + "{\"name\":\"meeting_code\",\"value\":\""
        + code
        + "\"},"
        + String.join(",", parameters)
        + "]}]}";
  }

  static String v(String name, String value) {
    return "{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}";
  }

  static String external(boolean external) {
    return "{\"name\":\"is_external\",\"boolValue\":" + external + "}";
  }

  static String interviewer(String code) {
    return callEnded(
        "2026-11-30T15:45:00.000Z",
        code,
        v("identifier_type", "email_address"),
        v("identifier", "lee@employer.example"),
        v("endpoint_id", "boq_hlane_UPstLKLlGQW"),
        v("device_type", "web"),
        v("ip_address", "2.27.166.10"),
        v("location_country", "DE"),
        v("location_region", "Frankfurt"),
        external(false));
  }

  // the candidate, external: Meet obscures the address
  static String candidate(String code, String time, String endpoint) {
    return callEnded(
        time,
        code,
        v("identifier_type", "email_address"),
        v("identifier", "da***@e***.com"),
        v("display_name", "Dana K"),
        v("endpoint_id", endpoint),
        v("device_type", "web"),
        v("ip_address", "1.11.4.20"),
        v("location_country", "KR"),
        v("location_region", "Seoul"),
        external(true));
  }

  @BeforeAll
  static void start() throws Exception {
    Credentials.adminByDefault();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    google = MeetStub.start((RSAPublicKey) pair.getPublic(), ACCOUNT, ADMIN);
    google.activities(
        "FPXHJKQQFH",
        List.of(
            interviewer("FPXHJKQQFH")
                + ","
                + candidate("FPXHJKQQFH", "2026-11-30T15:20:00.000Z", "boq_hlane_88QSbqq7Hl1"),
            candidate("FPXHJKQQFH", "2026-11-30T15:46:45.286Z", "boq_hlane_KELqowOL5qX")));
    google.rateLimitNext("FPXHJKQQFH", 1);
    // a service account's JSON key as Google issues it (the private key a PKCS#8 PEM)
    String pem =
        "-----BEGIN PRIVATE KEY-----\\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(pair.getPrivate().getEncoded())
                .replace("\n", "\\n")
            + "\\n-----END PRIVATE KEY-----\\n";
    Path key = Files.createTempFile("meet-service-account", ".json");
    key.toFile().deleteOnExit();
    Files.writeString(
        key,
        "{\"type\":\"service_account\",\"project_id\":\"telltale-it\","
            + "\"private_key_id\":\"3f1e2d\",\"private_key\":\""
            + pem
            + "\",\"client_email\":\""
            + ACCOUNT
            + "\",\"client_id\":\"104857600\","
            + "\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\","
            + "\"token_uri\":\""
            + google.url("/token")
            + "\"}");
    server =
        PayaraServer.start(
            "meet",
            Credentials.with(
                Map.of(
                    "telltale.data.dir",
                    DataDirs.fresh("meet"),
                    "telltale.meetings.meet.credentials-file",
                    key.toString(),
                    "telltale.meetings.meet.admin-email",
                    ADMIN,
                    "telltale.meetings.meet.url",
                    google.url(""),
                    "telltale.meetings.meet.poll-minutes",
                    "0.02",
                    // 86 s: the other tests' meetings are found well before
                    "telltale.meetings.meet.poll-days",
                    "0.001")));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (google != null) google.close();
  }

  @Test
  void aCandidatesSecondRoundOnMeetShowsTheConnectionsCountry() throws Exception {
    String screeningId =
        given()
            .baseUri(server.base().toString())
            .contentType(ContentType.JSON)
            .body(
                "{\"candidateId\":\"meet-1\",\"name\":{\"first\":\"Dana\",\"last\":\"Kim\"},"
                    + "\"emails\":[\"dana.kim@example.com\"],\"location\":{\"country\":\"US\"},"
                    + "\"interviews\":[{\"round\":1,\"observations\":[]}]}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .baseUri(server.base().toString())
        .header("Authorization", "Bearer " + Credentials.INTERVIEWER)
        .contentType(ContentType.JSON)
        .body(
            "{\"platform\":\"meet\",\"meeting\":\"https://meet.google.com/fpx-hjkq-qfh?authuser=0\","
                + "\"round\":2}")
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then()
        .statusCode(201)
        .body("status", equalTo("queued"))
        .body("meeting", equalTo("fpx-hjkq-qfh"));

    List<String> screenings = screeningsOf("meet-1", 2, Duration.ofSeconds(90));
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
    assertTrue(network.startsWith("Google Meet, round 2: "), network);
    assertTrue(network.contains("KR") && network.contains("US"), network);
    assertFalse(network.contains("DE"), "the interviewer's record is dropped: " + network);
    String whole = latest.prettify();
    assertFalse(whole.contains("1.11.4.20"), "no address is kept");
    assertFalse(whole.contains("da***"), "no identifier is kept");
    assertTrue(
        whole.contains("Google Meet, round 2: the candidate's e-mail address was not in"),
        "the obscured address is said in the coverage");

    // Google was asked as documented: a JWT-bearer token for the service account acting as the
    // administrator, then both pages of the code's call_ended events, after waiting out a 429
    MeetStub.Request token = google.to("/token").get(0);
    assertEquals("POST", token.method());
    assertTrue(
        token.body().startsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"),
        token.body());
    JWTClaimsSet claims = google.assertions().get(0);
    assertEquals(ACCOUNT, claims.getIssuer());
    assertEquals(ADMIN, claims.getSubject());
    List<MeetStub.Request> reads = google.to("FPXHJKQQFH");
    assertTrue(reads.size() >= 3, "429, page 1, page 2: " + reads);
    assertTrue(
        reads
            .get(0)
            .path()
            .startsWith(
                MeetStub.ACTIVITIES + "?eventName=call_ended&filters=meeting_code%3D%3DFPXHJKQQFH"),
        reads.get(0).path());
    assertTrue(
        reads.get(reads.size() - 1).path().contains("pageToken=A%3Apage1"), reads.toString());
    assertEquals("Bearer " + MeetStub.TOKEN, reads.get(0).header("Authorization"));
  }

  @Test
  void aMeetingMeetHasNotLoggedYetIsLookedForAgainUntilItIs() throws Exception {
    String screeningId = screen("meet-2", "sam.lee@example.com");
    register(screeningId, "{\"platform\":\"meet\",\"meeting\":\"QRS-TUVW-XYZ\",\"round\":1}")
        .statusCode(201)
        .body("status", equalTo("queued"));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && google.to("QRSTUVWXYZ").size() < 2) {
      Thread.sleep(200);
    }
    assertTrue(google.to("QRSTUVWXYZ").size() >= 2, "polled twice while nothing was logged");
    assertEquals(1, screeningsOf("meet-2", 1, Duration.ofSeconds(1)).size());

    google.activities(
        "QRSTUVWXYZ",
        List.of(
            interviewer("QRSTUVWXYZ")
                + ","
                + candidate("QRSTUVWXYZ", "2026-12-01T10:30:00.000Z", "boq_hlane_a1")));
    List<String> screenings = screeningsOf("meet-2", 2, Duration.ofSeconds(60));
    String network =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + screenings.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("signals.find { it.id == 'meeting_network_mismatch' }.evidence");
    assertTrue(network.startsWith("Google Meet, round 1: ") && network.contains("KR"), network);
  }

  @Test
  void aMeetingMeetNeverLogsIsGivenUpAfterThePollingTime() throws Exception {
    register(
            screen("meet-4", "kim.o@example.com"),
            "{\"platform\":\"meet\",\"meeting\":"
                + "\"https://meet.google.com/nev-erlo-ggd\",\"round\":1}")
        .statusCode(201);
    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    String status = "";
    while (System.nanoTime() < deadline && !status.equals("expired")) {
      Thread.sleep(2000);
      status =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/candidates/generic/meet-4/export")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getString("held.interviewMeetings[0].status");
    }
    assertEquals("expired", status);
    int polls = google.to("NEVERLOGGD").size();
    assertTrue(polls >= 2, "looked for while the polling time lasted: " + polls);
    Thread.sleep(6000);
    assertEquals(polls, google.to("NEVERLOGGD").size(), "not looked for after it expired");
  }

  @Test
  void aMeetingThatIsNoMeetCodeIsRefused() {
    String screeningId = screen("meet-3", "ana.r@example.com");
    register(
            screeningId,
            "{\"platform\":\"meet\",\"meeting\":\"https://evil.example/abc-defg-hij\",\"round\":1}")
        .statusCode(400)
        .body("code", equalTo("invalid_meeting"));
    register(screeningId, "{\"platform\":\"meet\",\"meeting\":\"abc-defg\",\"round\":1}")
        .statusCode(400)
        .body("code", equalTo("invalid_meeting"));
  }

  static String screen(String candidateId, String email) {
    return given()
        .baseUri(server.base().toString())
        .contentType(ContentType.JSON)
        .body(
            "{\"candidateId\":\""
                + candidateId
                + "\",\"emails\":[\""
                + email
                + "\"],\"location\":{\"country\":\"US\"}}")
        .post("/api/v1/screenings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
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
    do {
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
    } while (System.nanoTime() < deadline && found.size() < count);
    assertEquals(count, found.size(), "screenings of " + candidateId);
    return found;
  }
}
