package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Storage as operators meet it: H2 in a file survives a restart; two instances on one real
 * PostgreSQL behave as one (linkage, erasure, one screening per delivery); a database outage gives
 * 503 and not-ready, and the service recovers by itself.
 */
class StorageIT {
  static final String SECRET = "it-linkage-secret-0123456789";
  static String database;
  static TcpProxy proxy;
  static PayaraServer a;
  static PayaraServer b;

  @BeforeAll
  static void twoInstancesOnOnePostgres() throws Exception {
    database = Postgres.freshDatabase(System.getProperty("it.postgres.database", "telltale_it"));
    proxy = new TcpProxy(Postgres.PORT);
    Credentials.adminByDefault();
    Map<String, String> settings =
        Credentials.with(
            Map.of(
                "telltale.datasource.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                "telltale.datasource.user",
                Postgres.USER,
                "telltale.datasource.password",
                "unused-with-trust",
                "telltale.linkage.secret",
                SECRET,
                "telltale.webhooks.generic.secret",
                Signing.GENERIC_SECRET,
                "telltale.data.dir",
                DataDirs.fresh("pg")));
    a = PayaraServer.start("pg-a", settings);
    b = PayaraServer.start("pg-b", settings);
  }

  @AfterAll
  static void stop() throws Exception {
    if (a != null) a.close();
    if (b != null) b.close();
    if (proxy != null) proxy.close();
  }

  static ValidatableResponse screen(URI server, String json) {
    return given()
        .baseUri(server.toString())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/screenings")
        .then();
  }

  static String profile(String candidateId, String first, String last, String phone) {
    return "{\"candidateId\":\""
        + candidateId
        + "\",\"name\":{\"first\":\""
        + first
        + "\",\"last\":\""
        + last
        + "\"},"
        + "\"phones\":[\""
        + phone
        + "\"],\"location\":{\"country\":\"US\"},"
        + "\"resumeText\":\"Built the settlement engine at Lakeside Payments in Kotlin, moved ledger reconciliation"
        + " from nightly batch jobs to Kafka streams, cut payout failures by forty percent and led the migration of"
        + " merchant onboarding to a new risk service with automated document checks and audit trails.\"}";
  }

  @Test
  void aPhoneAndResumeSeenUnderAnotherNameOnTheOtherInstanceLinks() {
    String first =
        screen(a.base(), profile("pg-link-1", "Dana", "Reyes", "+1 212 736 5000"))
            .statusCode(201)
            .extract()
            .path("id");
    var second =
        screen(b.base(), profile("pg-link-2", "Chris", "Park", "(212) 736-5000"))
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(
        second.getList("signals.id").containsAll(List.of("shared_attributes", "resume_text_reuse")),
        second.prettify());
    assertTrue(
        second.getString("signals.find { it.id == 'shared_attributes' }.evidence").contains(first));
    assertTrue(
        !second.prettify().contains("212 736"), "raw phone must not appear in linkage evidence");
    // fingerprints are keyed hashes, never the identifier
    assertEquals(
        0,
        Postgres.count(
            database,
            "SELECT COUNT(*) FROM fingerprint WHERE hash LIKE '%212%' OR hash LIKE '%+1%'"));
  }

  @Test
  void theSameCandidateReScreenedOrTheSameNameDoesNotLink() {
    screen(a.base(), profile("pg-same-1", "Ana", "Núñez", "+1 415 555 2671")).statusCode(201);
    screen(b.base(), profile("pg-same-1", "Ana", "Núñez", "+1 415 555 2671"))
        .statusCode(201)
        .body("signals.id", not(hasItem("shared_attributes")));
    screen(b.base(), profile("pg-same-2", "ANA", "NUNEZ", "+1 415 555 2671"))
        .statusCode(201)
        .body("signals.id", not(hasItem("shared_attributes")));
  }

  @Test
  void aReScreenMovesUnchangedPrintsToTheNewScreeningAndAChangedPhoneReplacesTheOld() {
    screen(a.base(), profile("pg-move-1", "Lee", "Brandt", "+1 303 555 0142")).statusCode(201);
    String again =
        screen(b.base(), profile("pg-move-1", "Lee", "Brandt", "+1 303 555 0142"))
            .statusCode(201)
            .extract()
            .path("id");
    // unchanged identifiers: the same rows, now naming the newest screening
    assertEquals(0, rowsNotNaming("fingerprint", "pg-move-1", again));
    assertEquals(0, rowsNotNaming("resume_signature", "pg-move-1", again));
    assertEquals(
        1,
        Postgres.count(
            database, "SELECT COUNT(*) FROM resume_signature WHERE candidate_id = 'pg-move-1'"));
    var lookAlike =
        screen(a.base(), profile("pg-move-2", "Noor", "Haddad", "+1 303 555 0142"))
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(
        lookAlike
            .getString("signals.find { it.id == 'shared_attributes' }.evidence")
            .contains(again),
        lookAlike.prettify());
    // the first candidate's phone changes: the old number is no longer theirs
    String changed =
        screen(a.base(), profile("pg-move-1", "Lee", "Brandt", "+1 303 555 0199"))
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(0, rowsNotNaming("fingerprint", "pg-move-1", changed));
    String evidence =
        screen(b.base(), profile("pg-move-3", "Ola", "Berg", "+1 303 555 0142"))
            .statusCode(201)
            .extract()
            .path("signals.find { it.id == 'shared_attributes' }.evidence");
    assertTrue(evidence.contains(lookAlike.getString("id")), evidence);
    assertTrue(!evidence.contains(again) && !evidence.contains(changed), evidence);
  }

  /** The candidate's rows in a linkage table that name another screening than the given one. */
  static long rowsNotNaming(String table, String candidateId, String screeningId) {
    return Postgres.count(
        database,
        "SELECT COUNT(*) FROM "
            + table
            + " WHERE candidate_id = '"
            + candidateId
            + "' AND screening_id <> '"
            + screeningId
            + "'");
  }

  @Test
  void erasureRemovesFingerprintsSoALaterLookAlikeNoLongerLinks() {
    screen(a.base(), profile("pg-erase-1", "Sam", "Lee", "+1 646 555 0188")).statusCode(201);
    given()
        .baseUri(b.base().toString())
        .delete("/api/v1/candidates/generic/pg-erase-1")
        .then()
        .statusCode(200)
        .body("screenings", equalTo(1));
    screen(a.base(), profile("pg-erase-2", "Kim", "Ode", "+1 646 555 0188"))
        .statusCode(201)
        .body("signals.id", not(hasItem("shared_attributes")));
    assertEquals(
        1, Postgres.count(database, "SELECT COUNT(*) FROM audit_log WHERE action = 'erased'"));
    assertEquals(
        0,
        Postgres.count(
            database, "SELECT COUNT(*) FROM screening WHERE candidate_id = 'pg-erase-1'"));
  }

  @Test
  void oneDeliveryArrivingAtBothInstancesAtOnceIsScreenedOnce() throws Exception {
    String json = profile("pg-dup-1", "Lee", "Moss", "+1 303 555 0111");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String base = (i % 2 == 0 ? a : b).base().toString();
      Callable<String> send =
          () ->
              Signing.deliver(base, "msg_pg_dup_1", json).statusCode(200).extract().path("status");
      results.add(pool.submit(send));
    }
    List<String> statuses = new ArrayList<>();
    for (Future<String> result : results) {
      statuses.add(result.get());
    }
    pool.shutdown();
    assertEquals(1, statuses.stream().filter("screened"::equals).count(), statuses.toString());
    assertEquals(7, statuses.stream().filter("duplicate"::equals).count(), statuses.toString());
    assertEquals(
        1,
        Postgres.count(database, "SELECT COUNT(*) FROM screening WHERE candidate_id = 'pg-dup-1'"));
  }

  @Test
  void whileTheDatabaseIsAwayStorageAnswers503AndReadinessFailsThenBothRecover() throws Exception {
    proxy.cut();
    try {
      given().baseUri(a.base().toString()).get("/health/ready").then().statusCode(503);
      screen(a.base(), profile("pg-outage-1", "Jo", "Ray", "+1 303 555 0199"))
          .statusCode(503)
          .header("Retry-After", "5")
          .body("code", equalTo("storage_unavailable"));
    } finally {
      proxy.restore();
    }
    given().baseUri(a.base().toString()).get("/health/ready").then().statusCode(200);
    screen(a.base(), profile("pg-outage-1", "Jo", "Ray", "+1 303 555 0199")).statusCode(201);
  }

  @Test
  void h2InAFileKeepsScreeningsAndFingerprintsAcrossARestart() {
    String data = DataDirs.fresh("h2-restart");
    Map<String, String> settings = Credentials.with(Map.of("telltale.data.dir", data));
    String id;
    try (PayaraServer first = PayaraServer.start("h2-first", settings)) {
      id =
          screen(first.base(), profile("h2-1", "Dana", "Reyes", "+1 212 736 5001"))
              .statusCode(201)
              .extract()
              .path("id");
    }
    try (PayaraServer again = PayaraServer.start("h2-again", settings)) {
      given()
          .baseUri(again.base().toString())
          .get("/api/v1/screenings/" + id)
          .then()
          .statusCode(200)
          .body("id", equalTo(id));
      screen(again.base(), profile("h2-2", "Chris", "Park", "+1 212 736 5001"))
          .statusCode(201)
          .body("signals.id", hasItem("shared_attributes"));
    }
  }

  @Test
  void retentionDeletesScreeningsAndFingerprintsPastTheLimit() {
    Map<String, String> settings =
        Credentials.with(
            Map.of(
                "telltale.data.dir",
                DataDirs.fresh("h2-retention"),
                "telltale.retention.days",
                "0"));
    try (PayaraServer server = PayaraServer.start("h2-retention", settings)) {
      String id =
          screen(server.base(), profile("ret-1", "Dana", "Reyes", "+1 212 736 5002"))
              .statusCode(201)
              .extract()
              .path("id");
      int purged =
          given()
              .baseUri(server.base().toString())
              .post("/api/v1/admin/retention")
              .then()
              .statusCode(200)
              .extract()
              .path("rows");
      Assertions.assertTrue(purged >= 2, "screening and fingerprints go: " + purged);
      given()
          .baseUri(server.base().toString())
          .get("/api/v1/screenings/" + id)
          .then()
          .statusCode(404);
      screen(server.base(), profile("ret-2", "Chris", "Park", "+1 212 736 5002"))
          .statusCode(201)
          .body("signals.id", not(hasItem("shared_attributes")));
    }
  }
}
