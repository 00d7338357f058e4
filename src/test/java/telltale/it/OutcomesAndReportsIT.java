package telltale.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reviewer records how cases ended; the rule quality report counts them, and flag rates by band,
 * job, source and stage come as JSON or CSV for the employer's own bias audit.
 */
@ExtendWith(PayaraMicroExtension.class)
class OutcomesAndReportsIT {
  WriteBackSystem telltale;
  String role;
  String genuine;
  String proxy;

  @BeforeEach
  void twoScreeningsForANewRole() {
    telltale = new WriteBackSystem(URI.create(RestAssured.baseURI + ":" + RestAssured.port));
    role = "Report Role " + UUID.randomUUID().toString().substring(0, 8);
    genuine =
        telltale.screen(
            ScreeningSystem.profile("genuine")
                .replace("Senior Backend Engineer", role)
                .replace("cand-1001", "rep-" + UUID.randomUUID()));
    proxy =
        telltale.screen(
            ScreeningSystem.profile("proxy-interview")
                .replace("Platform Engineer", role)
                .replace("cand-2002", "rep-" + UUID.randomUUID()));
  }

  static String outcome(String outcome, String reviewer, String reason) {
    return "{\"outcome\":\""
        + outcome
        + "\",\"reviewer\":\""
        + reviewer
        + "\",\"reason\":\""
        + reason
        + "\"}";
  }

  static Map<String, Map<String, Object>> byRule(JsonPath report) {
    return report.<Map<String, Object>>getList("rules").stream()
        .collect(Collectors.toMap(r -> (String) r.get("ruleId"), r -> r));
  }

  static int count(Map<String, Map<String, Object>> rules, String rule, String field) {
    Map<String, Object> row = rules.get(rule);
    return row == null ? 0 : ((Number) row.get(field)).intValue();
  }

  @Test
  void outcomesAreCountedPerRuleWithPrecision() {
    JsonPath before = telltale.report("rules", Map.of(), null).statusCode(200).extract().jsonPath();
    telltale
        .outcome(
            proxy, outcome("identity_confirmed_false", "r.lee", "ID check failed at onboarding."))
        .statusCode(200)
        .body("screeningId", equalTo(proxy))
        .body("outcome", equalTo("identity_confirmed_false"))
        .body("reviewer", equalTo("r.lee"));
    telltale.outcome(genuine, outcome("verified_genuine", "r.lee", "Verified.")).statusCode(200);
    JsonPath after = telltale.report("rules", Map.of(), null).statusCode(200).extract().jsonPath();

    assertEquals(before.getLong("confirmedFalse") + 1, after.getLong("confirmedFalse"));
    assertEquals(before.getLong("verifiedGenuine") + 1, after.getLong("verifiedGenuine"));
    Map<String, Map<String, Object>> was = byRule(before);
    Map<String, Map<String, Object>> now = byRule(after);
    List<String> firedOnProxy = telltale.screening(proxy).getList("signals.id");
    assertTrue(!firedOnProxy.isEmpty());
    for (String rule : firedOnProxy) {
      assertEquals(
          count(was, rule, "firedOnConfirmedFalse") + 1, count(now, rule, "firedOnConfirmedFalse"));
      double onFalse = count(now, rule, "firedOnConfirmedFalse");
      double onGenuine = count(now, rule, "firedOnVerifiedGenuine");
      assertEquals(
          Math.round(10_000 * onFalse / (onFalse + onGenuine)) / 10_000.0,
          ((Number) now.get(rule).get("precision")).doubleValue(),
          rule);
    }
    assertTrue(after.getString("note").contains("precision"));
  }

  @Test
  void aLaterOutcomeReplacesTheEarlierOneAndCanBeRead() {
    telltale.outcome(genuine, outcome("verified_genuine", "r.lee", "Verified.")).statusCode(200);
    telltale.outcome(genuine, outcome("withdrawn", "a.kim", "Candidate withdrew.")).statusCode(200);
    io.restassured.RestAssured.given()
        .get("/api/v1/screenings/" + genuine + "/outcome")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("withdrawn"))
        .body("reviewer", equalTo("a.kim"))
        .body("reason", equalTo("Candidate withdrew."));
  }

  @Test
  void outcomeMistakesAreRefusedWithHumanMessages() {
    telltale
        .outcome(genuine, "{\"outcome\":\"verified_genuine\",\"reason\":\"x\"}")
        .statusCode(400)
        .body("code", equalTo("validation_failed"))
        .body("violations.field", hasItem("reviewer"))
        .body("violations.message", hasItem("name the reviewer who decided"));
    telltale
        .outcome(genuine, outcome("verified_genuine", "r.lee", "x".repeat(2001)))
        .statusCode(400)
        .body("violations.message", hasItem("must be at most 2000 characters"));
    telltale.outcome(genuine, outcome("rejected", "r.lee", "no such outcome")).statusCode(400);
    telltale
        .outcome("no-such-screening", outcome("unknown", "r.lee", ""))
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void flagRatesByJobComeAsJsonAndAsCsvWithTheDemographicJoinExplained() {
    JsonPath g = telltale.screening(genuine);
    JsonPath p = telltale.screening(proxy);
    int flagged =
        (g.getString("band").equals("LOW") ? 0 : 1) + (p.getString("band").equals("LOW") ? 0 : 1);

    JsonPath report =
        telltale.report("flag-rates", Map.of(), null).statusCode(200).extract().jsonPath();
    Map<String, Object> job =
        report.<Map<String, Object>>getList("rows").stream()
            .filter(r -> "job".equals(r.get("dimension")) && role.equals(r.get("value")))
            .findFirst()
            .orElseThrow();
    assertEquals(2, job.get("screenings"));
    assertEquals(flagged, job.get("flagged"));
    assertEquals(flagged / 2.0, ((Number) job.get("flagRate")).doubleValue());
    assertTrue(report.getString("note").contains("demographic"), report.getString("note"));
    assertEquals(
        List.of("LOW", "ELEVATED", "HIGH", "CRITICAL"),
        report.<Map<String, Object>>getList("rows").stream()
            .filter(r -> "band".equals(r.get("dimension")))
            .map(r -> r.get("value"))
            .toList());

    String line = "job," + role + ",2,";
    telltale
        .report("flag-rates", Map.of("format", "csv"), null)
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .body(startsWith("# Flagged = any band above LOW"))
        .body(
            containsString(
                "dimension,value,screenings,low,elevated,high,critical,flagged,flag_rate"))
        .body(containsString(line));
    telltale
        .report("flag-rates", Map.of(), "text/csv")
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .body(containsString(line));

    telltale
        .report("flag-rates/screenings", Map.of("format", "csv"), null)
        .statusCode(200)
        .body(containsString(genuine + ",generic,"))
        .body(containsString(proxy + ",generic,"));
    telltale
        .report("flag-rates", Map.of("from", "last tuesday"), null)
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    telltale
        .report("flag-rates", Map.of("from", "2026-02-01", "to", "2026-01-01"), null)
        .statusCode(400);
  }
}
