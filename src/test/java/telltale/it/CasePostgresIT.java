package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL: two systems sending evidence for one candidate at the same
 * moment, one to each instance, both keep their facts with one screening each; one Idempotency-Key
 * sent to both instances at once screens once.
 */
class CasePostgresIT {
  /** Its own threads: the common pool has one thread on a two-core machine. */
  static final ExecutorService POOL = Executors.newCachedThreadPool();

  static final int CANDIDATES = 6;
  static String database;
  static PayaraServer a;
  static PayaraServer b;

  @BeforeAll
  static void twoInstancesOnOnePostgres() {
    Credentials.adminByDefault();
    database =
        Postgres.freshDatabase(System.getProperty("it.postgres.database", "telltale_it") + "_case");
    Map<String, String> settings = new HashMap<>();
    settings.put(
        "telltale.datasource.url", "jdbc:postgresql://127.0.0.1:" + Postgres.PORT + "/" + database);
    settings.put("telltale.datasource.user", Postgres.USER);
    settings.put("telltale.datasource.password", "unused-with-trust");
    settings.put("telltale.linkage.secret", StorageIT.SECRET);
    settings.put("telltale.data.dir", DataDirs.fresh("case-pg"));
    settings.put("telltale.webhooks.generic.secret", Signing.GENERIC_SECRET);
    a = PayaraServer.start("case-pg-a", Credentials.with(settings));
    b = PayaraServer.start("case-pg-b", Credentials.with(settings));
  }

  @AfterAll
  static void stop() {
    if (a != null) a.close();
    if (b != null) b.close();
  }

  static Response evidence(URI base, String candidate, String source, String key, String json) {
    var request =
        given()
            .baseUri(base.toString())
            .contentType(ContentType.JSON)
            .header("Evidence-Source", source)
            .body(json);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/candidates/generic/" + candidate + "/evidence");
  }

  static void screen(String candidate) {
    given()
        .baseUri(a.base().toString())
        .contentType(ContentType.JSON)
        .body(CaseIT.APPLICATION.formatted(candidate))
        .post("/api/v1/screenings")
        .then()
        .statusCode(201);
  }

  @Test
  void twoSystemsOnTwoInstancesKeepBothFactsWithOneScreeningEach() throws Exception {
    List<CompletableFuture<Response>> calls = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      String candidate = "pg-case-" + i;
      screen(candidate);
      CyclicBarrier start = new CyclicBarrier(2);
      calls.add(at(start, () -> evidence(a.base(), candidate, "HR system", null, CaseIT.PAYROLL)));
      calls.add(at(start, () -> evidence(b.base(), candidate, "persona", null, CaseIT.IDENTITY)));
    }
    for (CompletableFuture<Response> call : calls) {
      assertEquals(201, call.get().statusCode(), call.get().asString());
    }
    for (int i = 0; i < CANDIDATES; i++) {
      var kase =
          given()
              .baseUri(b.base().toString())
              .get("/api/v1/candidates/generic/pg-case-" + i)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(3, kase.getList("timeline").size(), "one screening per system");
      List<String> facts = kase.getList("latest.provenance.fact");
      assertTrue(facts.contains("onboarding.payrollAccountHolder"), facts.toString());
      assertTrue(facts.contains("verification.identity"), facts.toString());
    }
    assertEquals(
        CANDIDATES * 3L,
        Postgres.count(
            database, "SELECT COUNT(*) FROM screening WHERE candidate_id LIKE 'pg-case-%'"));
  }

  @Test
  void oneKeySentToBothInstancesAtOnceScreensOnce() throws Exception {
    screen("pg-key");
    CyclicBarrier start = new CyclicBarrier(2);
    var first =
        at(start, () -> evidence(a.base(), "pg-key", "persona", "same-key", CaseIT.IDENTITY));
    var second =
        at(start, () -> evidence(b.base(), "pg-key", "persona", "same-key", CaseIT.IDENTITY));
    assertEquals(201, first.get().statusCode(), first.get().asString());
    assertEquals(201, second.get().statusCode(), second.get().asString());
    assertEquals(first.get().jsonPath().getString("id"), second.get().jsonPath().getString("id"));
    assertEquals(
        2L,
        Postgres.count(database, "SELECT COUNT(*) FROM screening WHERE candidate_id = 'pg-key'"));
    assertEquals(1L, Postgres.count(database, "SELECT COUNT(*) FROM idempotency_key"));
  }

  @Test
  void deliveriesAboutOneNewCandidateOnTwoInstancesAtOnceAreAllScreened() throws Exception {
    // the first deliveries of a candidate nobody screened yet: no stored case to lock, and every
    // one of them writes the same linkage prints; they take turns instead of clashing
    String candidate = "pg-new-" + UUID.randomUUID();
    String profile =
        "{\"candidateId\":\""
            + candidate
            + "\",\"name\":{\"first\":\"Ada\",\"last\":\"Byron\"},"
            + "\"emails\":[\"ada@example.org\"],\"phones\":[\"+1 212 736 5000\"]}";
    CyclicBarrier start = new CyclicBarrier(8);
    List<CompletableFuture<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String base = (i % 2 == 0 ? a : b).base().toString();
      String id = "msg_" + UUID.randomUUID();
      calls.add(at(start, () -> Signing.deliver(base, id, profile).extract().response()));
    }
    for (CompletableFuture<Response> call : calls) {
      assertEquals(200, call.get().statusCode(), call.get().asString());
      assertEquals("screened", call.get().jsonPath().getString("status"));
    }
    assertEquals(
        8L,
        Postgres.count(
            database, "SELECT COUNT(*) FROM screening WHERE candidate_id = '" + candidate + "'"));
  }

  static CompletableFuture<Response> at(
      CyclicBarrier start, java.util.function.Supplier<Response> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return call.get();
        },
        POOL);
  }
}
