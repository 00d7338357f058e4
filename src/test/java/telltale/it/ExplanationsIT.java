package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recruiter marks a signal as explained: the candidate is screened again with it explained (half
 * its points, corroborating nothing), it stays explained on later screenings until its evidence
 * changes, and the card says who explained it.
 */
@ExtendWith(PayaraMicroExtension.class)
class ExplanationsIT {
  static String married(String candidate, String holder) {
    return "{\"candidateId\":\""
        + candidate
        + "\",\"name\":{\"first\":\"Maria\",\"last\":\"Lopez\"},"
        + "\"verification\":{\"identity\":\"passed\"},"
        + "\"onboarding\":{\"payrollAccountHolder\":\""
        + holder
        + "\",\"paymentMethod\":\"bank\"}}";
  }

  static ValidatableResponse explain(String screeningId, String rule) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            "{\"rule\":\""
                + rule
                + "\",\"reason\":\"Account still in her married name; certificate seen.\","
                + "\"reviewer\":\"r.lee\"}")
        .when()
        .post("/api/v1/screenings/" + screeningId + "/explanations")
        .then();
  }

  static JsonPath payroll(JsonPath screening) {
    return new JsonPath(screening.prettify()) // a copy, to read one signal by its id
        .setRootPath("signals.find { it.id == 'payroll_account_anomaly' }");
  }

  @Test
  void anExplainedSignalCountsHalfAndStaysExplainedUntilItsEvidenceChanges() {
    JsonPath first = screened(married("expl-1", "Maria Garcia"));
    assertEquals("ELEVATED", first.getString("band"));
    assertNull(payroll(first).getString("explainedBy"));
    int points = payroll(first).getInt("points");

    JsonPath explained =
        explain(first.getString("id"), "payroll_account_anomaly")
            .statusCode(201)
            .extract()
            .jsonPath();
    assertNotEquals(first.getString("id"), explained.getString("id"));
    assertEquals(
        "reviewer r.lee: Account still in her married name; certificate seen.",
        payroll(explained).getString("explainedBy"));
    assertEquals(points / 2, payroll(explained).getInt("points"));
    assertTrue(explained.getInt("score") < first.getInt("score"));

    // the ATS delivers the same candidate again: still explained
    JsonPath again = screened(married("expl-1", "Maria Garcia"));
    assertEquals(
        "reviewer r.lee: Account still in her married name; certificate seen.",
        payroll(again).getString("explainedBy"));

    // the evidence changes (another account holder): the explanation no longer holds
    JsonPath changed = screened(married("expl-1", "Chris Park"));
    assertNull(payroll(changed).getString("explainedBy"));

    Document card = Jsoup.parse(ScreeningSystem.page(again.getString("cardUrl")).asString());
    assertTrue(card.selectFirst(".explained").text().contains("reviewer r.lee"), card.text());
    assertTrue(card.selectFirst(".band-reason").text().startsWith("Only weak or explained signs"));
  }

  @Test
  void aRecruiterExplainsASignalFromTheCard() {
    JsonPath first = screened(married("expl-3", "Maria Garcia"));
    Document card = Jsoup.parse(ScreeningSystem.page(first.getString("cardUrl")).asString());
    var form = card.selectFirst("form.explain");
    assertEquals("payroll_account_anomaly", form.selectFirst("input[name=rule]").val());
    var answer =
        given()
            .header("Authorization", "")
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("csrf", form.selectFirst("input[name=csrf]").val())
            .formParam("rule", "payroll_account_anomaly")
            .formParam("reason", "Married name; certificate seen.")
            .formParam("reviewer", "r.lee")
            .when()
            .post(form.attr("action"));
    assertEquals(303, answer.statusCode());
    Document after = Jsoup.parse(ScreeningSystem.page(answer.header("Location")).asString());
    assertEquals(
        "Explained by: reviewer r.lee: Married name; certificate seen. (counts half, corroborates"
            + " nothing).",
        after.selectFirst(".explained").text());
    // a forged form (no CSRF token) changes nothing
    given()
        .header("Authorization", "")
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("rule", "payroll_account_anomaly")
        .formParam("reason", "x")
        .formParam("reviewer", "y")
        .when()
        .post(form.attr("action"))
        .then()
        .statusCode(403);
  }

  @Test
  void onlyAFiredSignalOfAKnownScreeningCanBeExplained() {
    JsonPath first = screened(married("expl-2", "Maria Garcia"));
    explain(first.getString("id"), "phone_voip")
        .statusCode(409)
        .body("code", equalTo("rule_not_fired"));
    explain("no-such-screening", "payroll_account_anomaly").statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body("{\"rule\":\"payroll_account_anomaly\"}")
        .when()
        .post("/api/v1/screenings/" + first.getString("id") + "/explanations")
        .then()
        .statusCode(400);
  }
}
