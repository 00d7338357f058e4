package telltale.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.it.ScreeningSystem.profile;
import static telltale.it.ScreeningSystem.screen;
import static telltale.it.ScreeningSystem.screening;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.hamcrest.MatcherAssert;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PayaraMicroExtension.class)
class ScreeningsIT {

  @Test
  void aGenuineProfileIsScreenedKeptAndReadAgain() {
    var response =
        screen(profile("genuine"))
            .statusCode(201)
            .header("Location", containsString("/api/v1/screenings/"))
            .body("candidateId", equalTo("cand-1001"))
            .body("ats", equalTo("generic"))
            .body("band", equalTo("LOW"))
            .body("bandLabel", equalTo("Standard checks"))
            .body("catalogueVersion", notNullValue())
            .body("guidance.tier", equalTo("T1"))
            .body("coverage.total", greaterThanOrEqualTo(30))
            .extract();
    String id = response.path("id");
    screening(id)
        .statusCode(200)
        .body("id", equalTo(id))
        .body("score", equalTo(response.path("score")));
  }

  @Test
  void interviewObservationsAndAFailedIdCheckRaiseTheBandWithEvidenceAndGuidance() {
    JsonPath result = screen(profile("proxy-interview")).statusCode(201).extract().jsonPath();
    assertEquals("CRITICAL", result.getString("band"));
    assertEquals("T2", result.getString("guidance.tier"));
    var ids = result.getList("signals.id");
    Assertions.assertTrue(
        ids.containsAll(
            List.of(
                "camera_refusal",
                "av_desync",
                "id_check_refused_or_failed",
                "timeline_inconsistency")),
        ids.toString());
    assertEquals(50, result.getInt("signals.find { it.id == 'camera_refusal' }.points"));
    MatcherAssert.assertThat(
        result.getString("signals.find { it.id == 'camera_refusal' }.evidence"),
        containsString("rounds 1 and 2"));
    MatcherAssert.assertThat(
        result.getString("signals.find { it.id == 'timeline_inconsistency' }.evidence"),
        containsString("Kubernetes"));
    MatcherAssert.assertThat(result.getString("signals[0].guidance.script"), notNullValue());
    MatcherAssert.assertThat(result.getList("signals[0].sources.key"), not(Matchers.empty()));
  }

  @Test
  void missingInputsAreReportedAsCoverageNotGuessed() {
    screen("{\"candidateId\": \"cand-min\"}")
        .statusCode(201)
        .body("band", equalTo("LOW"))
        .body("score", equalTo(0))
        .body("guidance.tier", equalTo("T0"))
        .body("signals", Matchers.empty())
        .body("coverage.notEvaluated.id", hasItem("phone_voip"))
        .body(
            "coverage.notEvaluated.find { it.id == 'ip_geo_mismatch' }.missing",
            hasItem("application.clientIp"));
  }

  @Test
  void anUnusablePhoneNumberIsCandidateDataNotAClientError() {
    screen(
            "{\"candidateId\": \"cand-p\", \"phones\": [\"call me maybe\"], \"location\": {\"country\": \"US\"}}")
        .statusCode(201)
        .body("signals.id", hasItem("phone_unreachable"));
  }

  @Test
  void anUnknownScreeningIsA404InJson() {
    screening("no-such-id").statusCode(404).body("code", equalTo("not_found"));
  }
}
