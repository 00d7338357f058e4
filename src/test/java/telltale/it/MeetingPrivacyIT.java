package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interview meetings are personal data like every other evidence, on H2 and on PostgreSQL: a
 * candidate's erasure removes their meeting rows (and no one else's); the hourly retention run
 * removes meeting rows older than telltale.retention.days, including a meeting no candidate matched
 * and nobody assigned, and the signed events kept against replays once they are older than a day,
 * while younger rows stay. Rows are aged in the database itself, as time would age them.
 */
class MeetingPrivacyIT {
  static final String SECRET = "zoom-secret-token-for-privacy";
  static final int DAYS = 30;
  static ZoomStub zoom;
  static Store h2;
  static Store pg;

  /** One server and direct SQL on its database. */
  record Store(String name, PayaraServer server, String jdbcUrl, String user, String password) {
    long count(String sql) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
          Statement s = c.createStatement();
          ResultSet rows = s.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void execute(String sql) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
          Statement s = c.createStatement()) {
        s.executeUpdate(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    String base() {
      return server.base().toString();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Map<String, String> zoomSettings() {
    return Map.of(
        "telltale.meetings.zoom.secret",
        SECRET,
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
        "0",
        "telltale.retention.days",
        String.valueOf(DAYS));
  }

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    zoom = ZoomStub.start();
    // an ended meeting whose only guest used no known address: nobody's, kept unmatched
    String stranger =
        ZoomIT.CANDIDATE_FIRST_JOIN.replace("\"email\":\"\"", "\"email\":\"x@elsewhere.example\"");
    for (String uuid : List.of("h2-stray%3D%3D", "pg-stray%3D%3D")) {
      zoom.participants(uuid, List.of(ZoomIT.INTERVIEWER + "," + stranger));
    }

    // H2 in a file, served to this test's own connections by the server process (AUTO_SERVER)
    String h2Url =
        "jdbc:h2:file:" + DataDirs.fresh("meeting-privacy-h2") + "/telltale;AUTO_SERVER=TRUE";
    Map<String, String> h2Settings = new java.util.HashMap<>(zoomSettings());
    h2Settings.put("telltale.data.dir", DataDirs.fresh("meeting-privacy-h2-data"));
    h2Settings.put("telltale.datasource.url", h2Url);
    h2 =
        new Store(
            "h2",
            PayaraServer.start("meeting-privacy-h2", Credentials.with(h2Settings)),
            h2Url,
            "telltale",
            "telltale");

    String database =
        Postgres.freshDatabase(
            System.getProperty("it.postgres.database", "telltale_it") + "_meetings");
    String pgUrl = "jdbc:postgresql://127.0.0.1:" + Postgres.PORT + "/" + database;
    Map<String, String> pgSettings = new java.util.HashMap<>(zoomSettings());
    pgSettings.put("telltale.data.dir", DataDirs.fresh("meeting-privacy-pg"));
    pgSettings.put("telltale.datasource.url", pgUrl);
    pgSettings.put("telltale.datasource.user", Postgres.USER);
    pgSettings.put("telltale.datasource.password", "unused-with-trust");
    pgSettings.put("telltale.linkage.secret", "it-linkage-secret-0123456789");
    pg =
        new Store(
            "pg",
            PayaraServer.start("meeting-privacy-pg", Credentials.with(pgSettings)),
            pgUrl,
            Postgres.USER,
            "");
  }

  @AfterAll
  static void stop() {
    if (h2 != null) h2.server().close();
    if (pg != null) pg.server().close();
    if (zoom != null) zoom.close();
  }

  static Stream<Store> stores() {
    return Stream.of(h2, pg);
  }

  static String screen(Store store, String candidateId) {
    return given()
        .baseUri(store.base())
        .contentType(ContentType.JSON)
        .body(
            "{\"candidateId\":\""
                + candidateId
                + "\",\"emails\":[\""
                + candidateId
                + "@example.com\"],\"location\":{\"country\":\"US\"}}")
        .post("/api/v1/screenings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static ValidatableResponse register(Store store, String screeningId, String meeting, int round) {
    return given()
        .baseUri(store.base())
        .contentType(ContentType.JSON)
        .body("{\"platform\":\"zoom\",\"meeting\":\"" + meeting + "\",\"round\":" + round + "}")
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then();
  }

  static int retention(Store store) {
    return given()
        .baseUri(store.base())
        .post("/api/v1/admin/retention")
        .then()
        .statusCode(200)
        .extract()
        .path("rows");
  }

  static long meetings(Store store, String where) {
    return store.count("SELECT COUNT(*) FROM meeting WHERE " + where);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void erasureRemovesTheCandidatesMeetingsAndNoOneElses(Store store) {
    String erased = store + "-erase-1";
    String kept = store + "-erase-2";
    String first = screen(store, erased);
    register(store, first, "81000000001", 1).statusCode(201);
    register(store, first, "https://us02web.zoom.us/j/81000000002?pwd=abc", 2).statusCode(201);
    String other = screen(store, kept);
    register(store, other, "81000000003", 1).statusCode(201);
    assertEquals(2, meetings(store, "candidate_id = '" + erased + "'"));

    given()
        .baseUri(store.base())
        .delete("/api/v1/candidates/generic/" + erased)
        .then()
        .statusCode(200)
        .body("screenings", equalTo(1));

    assertEquals(0, meetings(store, "candidate_id = '" + erased + "'"));
    assertEquals(1, meetings(store, "candidate_id = '" + kept + "'"));
    assertEquals(
        1,
        store.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'erased'"
                + " AND detail LIKE '%meetings 2%'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void retentionExpiresOldMeetingsTheUnassignedOneAndOldEventsButKeepsYoungerRows(Store store)
      throws Exception {
    String candidate = store + "-ret-1";
    String screeningId = screen(store, candidate);
    register(store, screeningId, "82000000001", 1).statusCode(201);
    register(store, screeningId, "82000000002", 2).statusCode(201);

    // a meeting nobody registered ends; its only guest is no screened candidate: kept unmatched
    long now = Instant.now().getEpochSecond();
    String stray = store + "-stray==";
    String ended = ZoomIT.ended("82000000009", stray, now * 1000);
    given()
        .baseUri(store.base())
        .contentType("application/json; charset=utf-8")
        .header("x-zm-request-timestamp", String.valueOf(now))
        .header("x-zm-signature", ZoomIT.sign(SECRET, now, ended))
        .body(ended)
        .post("/webhooks/zoom")
        .then()
        .statusCode(200)
        .body("status", equalTo("queued"));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && meetings(store, "meeting_id = '82000000009' AND status = 'unmatched'") == 0) {
      Thread.sleep(300);
    }
    assertEquals(1, meetings(store, "meeting_id = '82000000009' AND status = 'unmatched'"));
    assertEquals(0, meetings(store, "meeting_id = '82000000009' AND candidate_id IS NOT NULL"));

    // time passes: round 1 and the stray meeting are past the limit, round 2 is not; one event
    // is two days old, the stray meeting's own events are fresh
    store.execute(
        "UPDATE meeting SET created_at = created_at - INTERVAL '"
            + (DAYS + 1)
            + "' DAY WHERE meeting_id IN ('82000000001', '82000000009')");
    store.execute(
        "UPDATE meeting SET created_at = created_at - INTERVAL '"
            + (DAYS - 1)
            + "' DAY WHERE meeting_id = '82000000002'");
    store.execute(
        "INSERT INTO meeting_event (event_key, received_at) VALUES ('e:"
            + store
            + "-old', CURRENT_TIMESTAMP - INTERVAL '2' DAY)");
    long freshEvents =
        store.count("SELECT COUNT(*) FROM meeting_event WHERE event_key <> 'e:" + store + "-old'");
    assertTrue(freshEvents >= 2, "the stray meeting's event and signature keys: " + freshEvents);

    int removed = retention(store);

    assertTrue(removed >= 3, "two meetings and one event at least: " + removed);
    assertEquals(0, meetings(store, "meeting_id = '82000000001'"));
    assertEquals(0, meetings(store, "meeting_id = '82000000009'"), "the unassigned one expired");
    assertEquals(1, meetings(store, "meeting_id = '82000000002'"), "younger than the limit");
    assertEquals(
        0,
        store.count("SELECT COUNT(*) FROM meeting_event WHERE event_key = 'e:" + store + "-old'"));
    assertEquals(
        freshEvents,
        store.count("SELECT COUNT(*) FROM meeting_event WHERE event_key <> 'e:" + store + "-old'"));
    // the fresh event still refuses its replay after the purge
    given()
        .baseUri(store.base())
        .contentType("application/json; charset=utf-8")
        .header("x-zm-request-timestamp", String.valueOf(now))
        .header("x-zm-signature", ZoomIT.sign(SECRET, now, ended))
        .body(ended)
        .post("/webhooks/zoom")
        .then()
        .statusCode(401)
        .body("code", equalTo("replayed"));
    // the expired stray meeting is no longer there to assign: registering it starts afresh
    register(store, screeningId, "82000000009", 3)
        .statusCode(201)
        .body("status", equalTo("registered"));
  }

  static ValidatableResponse screenWithMeeting(Store store, String candidateId, String first) {
    return given()
        .baseUri(store.base())
        .contentType(ContentType.JSON)
        .body(
            "{\"candidateId\":\""
                + candidateId
                + "\",\"name\":{\"first\":\""
                + first
                + "\",\"last\":\"Moss\"},\"location\":{\"country\":\"US\"},"
                + "\"interviews\":[{\"round\":1,\"meetingIp\":\"198.51.100.23\","
                + "\"observations\":[]}]}")
        .post("/api/v1/screenings")
        .then()
        .statusCode(201);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void theSameInterviewConnectionUnderAnotherNameLinksUntilErased(Store store) {
    String firstId = screenWithMeeting(store, store + "-net-1", "Ari").extract().path("id");
    String evidence =
        screenWithMeeting(store, store + "-net-2", "Bo")
            .extract()
            .path("signals.find { it.id == 'meeting_device_shared' }.evidence");
    assertTrue(evidence != null && evidence.contains(firstId), String.valueOf(evidence));
    assertTrue(!evidence.contains("198.51.100.23"), evidence);
    assertEquals(0, store.count("SELECT COUNT(*) FROM fingerprint WHERE hash LIKE '%198.51.100%'"));
    // the same name (Ari Moss) is not "another name": it links to Bo, never to the first Ari
    String sameName =
        screenWithMeeting(store, store + "-net-3", "Ari")
            .extract()
            .path("signals.find { it.id == 'meeting_device_shared' }.evidence");
    assertTrue(sameName != null && !sameName.contains(firstId), String.valueOf(sameName));
    given()
        .baseUri(store.base())
        .delete("/api/v1/candidates/generic/" + store + "-net-1")
        .then()
        .statusCode(200);
    given()
        .baseUri(store.base())
        .delete("/api/v1/candidates/generic/" + store + "-net-3")
        .then()
        .statusCode(200);
    String after =
        screenWithMeeting(store, store + "-net-4", "Cy")
            .extract()
            .path("signals.find { it.id == 'meeting_device_shared' }.evidence");
    assertTrue(after == null || !after.contains(firstId), String.valueOf(after));
  }
}
