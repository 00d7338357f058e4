package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.page;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One case per candidate, fed by several systems: every fact keeps where it came from, retries are
 * safe with an Idempotency-Key, concurrent evidence loses nothing, the case has a timeline, and an
 * admin can export everything held about the candidate.
 */
@ExtendWith(PayaraMicroExtension.class)
class CaseIT {
  /** Its own threads: the common pool has one thread on a two-core machine. */
  static final ExecutorService POOL = Executors.newCachedThreadPool();

  static final String APPLICATION =
      "{\"candidateId\":\"%s\",\"name\":{\"first\":\"Dana\",\"last\":\"Kim\"},"
          + "\"phones\":[\"+14155550100\"],\"location\":{\"country\":\"US\"}}";
  static final String PAYROLL = "{\"onboarding\":{\"payrollAccountHolder\":\"Alex Moreau\"}}";
  static final String IDENTITY = "{\"verification\":{\"identity\":\"passed\"}}";

  static ValidatableResponse evidence(String candidate, String source, String key, String json) {
    var request = given().contentType(ContentType.JSON).body(json);
    if (source != null) {
      request.header("Evidence-Source", source);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/api/v1/candidates/generic/" + candidate + "/evidence").then();
  }

  static JsonPath caseOf(String candidate) {
    return given()
        .when()
        .get("/api/v1/candidates/generic/" + candidate)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void everyFactShowsWhereItCameFromOnTheScreeningTheCardAndTheTimeline() {
    screened(APPLICATION.formatted("case-1"));
    JsonPath again =
        evidence("case-1", "HR system", null, PAYROLL).statusCode(201).extract().jsonPath();

    assertTrue(again.getList("signals.id").contains("payroll_account_anomaly"));
    Map<String, Object> payroll =
        again.getMap("provenance.find { it.fact == 'onboarding.payrollAccountHolder' }");
    assertEquals("HR system", payroll.get("from"));
    assertTrue(((String) payroll.get("source")).startsWith("key:"), payroll.toString());
    Map<String, Object> phones = again.getMap("provenance.find { it.fact == 'phones' }");
    assertEquals("screened", caseOf("case-1").getString("timeline[0].trigger"));
    assertNotEquals(payroll.get("at"), phones.get("at"), "the phones arrived earlier");
    assertEquals("evidence_added", again.getString("trigger.action"));

    String card = Jsoup.parse(page(again.getString("cardUrl")).asString()).text();
    assertTrue(card.contains("payroll account holder — from HR system,"), card);
    assertTrue(card.contains("Case timeline"), card);

    JsonPath kase = caseOf("case-1");
    assertEquals(again.getString("id"), kase.getString("latest.id"));
    assertEquals(2, kase.getList("timeline").size());
    assertEquals("evidence_added", kase.getString("timeline[1].trigger"));
    assertEquals("HR system", kase.getString("timeline[1].from"));
    assertEquals(
        List.of("onboarding.payrollAccountHolder"), kase.getList("timeline[1].arrived.fact"));
    assertEquals(kase.getString("timeline[0].band"), kase.getString("timeline[1].bandBefore"));

    // the ATS sends the candidate again: its facts are replaced, HR's payroll fact stays, from HR
    JsonPath redelivered = screened(APPLICATION.formatted("case-1"));
    assertTrue(redelivered.getList("signals.id").contains("payroll_account_anomaly"));
    assertEquals(
        "HR system",
        redelivered.getString(
            "provenance.find { it.fact == 'onboarding.payrollAccountHolder' }.from"));
  }

  @Test
  void aRetryWithTheSameKeyAnswersTheSameAndAnotherBodyIsRefused() {
    screened(APPLICATION.formatted("case-2"));
    String first =
        evidence("case-2", "persona", "key-1", IDENTITY)
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String retried =
        evidence("case-2", "persona", "key-1", IDENTITY)
            .statusCode(201)
            .header("Location", containsString(first))
            .extract()
            .jsonPath()
            .getString("id");
    assertEquals(first, retried);
    assertEquals(2, caseOf("case-2").getList("timeline").size(), "screened once for one key");
    assertEquals("Persona", caseOf("case-2").getString("timeline[1].from"));

    evidence("case-2", "persona", "key-1", PAYROLL)
        .statusCode(422)
        .body("code", equalTo("idempotency_key_reused"));
    evidence("case-2", null, "with space", IDENTITY)
        .statusCode(400)
        .body("code", equalTo("invalid_idempotency_key"));
    evidence("never-seen", null, "key-2", IDENTITY)
        .statusCode(404)
        .body("code", equalTo("unknown_candidate"));
    assertEquals(2, caseOf("case-2").getList("timeline").size());
  }

  @Test
  void twoSystemsAtOnceKeepBothFactsWithOneScreeningEach() throws Exception {
    screened(APPLICATION.formatted("case-3"));
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<Integer> hr =
        concurrently(start, () -> evidence("case-3", "HR", null, PAYROLL));
    CompletableFuture<Integer> idv =
        concurrently(start, () -> evidence("case-3", "persona", null, IDENTITY));
    assertEquals(201, hr.get());
    assertEquals(201, idv.get());

    JsonPath kase = caseOf("case-3");
    assertEquals(3, kase.getList("timeline").size());
    List<String> facts = kase.getList("latest.provenance.fact");
    assertTrue(facts.contains("onboarding.payrollAccountHolder"), facts.toString());
    assertTrue(facts.contains("verification.identity"), facts.toString());
  }

  static CompletableFuture<Integer> concurrently(
      CyclicBarrier start, java.util.function.Supplier<ValidatableResponse> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return call.get().extract().statusCode();
        },
        POOL);
  }

  @Test
  void anAdminExportsEverythingHeldAboutTheCandidateAndErasureLeavesNothing() {
    screened(APPLICATION.formatted("case-4"));
    evidence("case-4", "HR system", "key-4", PAYROLL).statusCode(201);

    JsonPath export =
        given()
            .when()
            .get("/api/v1/candidates/generic/case-4/export")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    assertEquals("case-4", export.getString("candidateId"));
    assertEquals(2, export.getList("screenings").size());
    assertEquals(
        "Alex Moreau", export.getString("screenings[0].profile.onboarding.payrollAccountHolder"));
    assertEquals(
        "HR system",
        export.getString(
            "screenings[0].screening.provenance.find { it.fact == 'onboarding.payrollAccountHolder' }.from"));
    assertEquals(1, export.getList("held.idempotencyKeys").size());
    assertEquals(List.of(), export.getList("held.footprintReads"), "read, and none for this case");
    assertEquals(List.of(), export.getList("held.interviewMeetings"));
    List<String> actions = export.getList("held.audit.action");
    assertTrue(actions.containsAll(List.of("screened", "evidence_added")), actions.toString());
    assertFalse(export.getString("held").contains("key-4"), "the key is kept as a keyed hash");

    Http.Answer recruiter =
        Http.call(
            ScreeningSystem.base(),
            "GET",
            "api/v1/candidates/generic/case-4/export",
            Credentials.RECRUITER,
            null);
    assertEquals(403, recruiter.status());

    given().when().delete("/api/v1/candidates/generic/case-4").then().statusCode(200);
    given()
        .when()
        .get("/api/v1/candidates/generic/case-4/export")
        .then()
        .statusCode(404)
        .body("code", equalTo("unknown_candidate"));
    given().when().get("/api/v1/candidates/generic/case-4").then().statusCode(404);
    // the key went with its screening: the same key screens anew once the case exists again
    screened(APPLICATION.formatted("case-4"));
    evidence("case-4", "HR system", "key-4", IDENTITY).statusCode(201);
  }
}
