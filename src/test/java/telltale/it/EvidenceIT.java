package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Later evidence from another system joins the candidate's case and the candidate is screened
 * again.
 */
@ExtendWith(PayaraMicroExtension.class)
class EvidenceIT {
  static ValidatableResponse evidence(String ats, String candidate, String json) {
    return given()
        .contentType(ContentType.JSON)
        .body(json)
        .when()
        .post("/api/v1/candidates/" + ats + "/" + candidate + "/evidence")
        .then();
  }

  @Test
  void anIdentityCheckArrivingLaterIsMergedAndScreened() {
    JsonPath first =
        screened(
            "{\"candidateId\":\"ev-1\",\"name\":{\"first\":\"Dana\",\"last\":\"Kim\"},"
                + "\"location\":{\"country\":\"US\"}}");
    List<String> notRun = first.getList("coverage.notEvaluated.id");
    assertTrue(notRun.contains("id_check_refused_or_failed"), notRun.toString());

    JsonPath again =
        evidence("generic", "ev-1", "{\"verification\":{\"identity\":\"mismatch\"}}")
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals("ev-1", again.getString("candidateId"));
    assertTrue(again.getList("signals.id").contains("id_check_refused_or_failed"));
    // the earlier sections stay: the location is still there to compare
    assertTrue(!again.getList("coverage.notEvaluated.id").contains("id_check_refused_or_failed"));
  }

  @Test
  void evidenceNeedsAKnownCandidateAndObeysTheSameRules() {
    evidence("generic", "never-seen", "{\"verification\":{\"identity\":\"passed\"}}")
        .statusCode(404)
        .body("code", equalTo("unknown_candidate"));
    screened("{\"candidateId\":\"ev-2\"}");
    evidence("generic", "ev-2", "{\"nationality\":\"X\"}")
        .statusCode(400)
        .body("code", equalTo("protected_attribute"));
    evidence("generic", "ev-2", "{\"candidateId\":\"someone-else\"}")
        .statusCode(400)
        .body("code", equalTo("candidate_mismatch"));
    evidence("generic", "ev-2", "{\"emails\":[\"not an address\"]}").statusCode(400);
  }
}
