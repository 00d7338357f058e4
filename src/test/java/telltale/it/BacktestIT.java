package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/reports/backtest tries another catalogue on the stored screenings. */
@ExtendWith(PayaraMicroExtension.class)
class BacktestIT {

  @Test
  void aStricterElevatedThresholdMovesAVerifiedGenuineCandidateDown() throws IOException {
    String profile =
        "{\"candidateId\":\"bt-1\",\"name\":{\"first\":\"Maria\",\"last\":\"Lopez\"},"
            + "\"onboarding\":{\"payrollAccountHolder\":\"Maria Garcia\",\"paymentMethod\":\"bank\"}}";
    JsonPath screening = screened(profile);
    assertEquals("ELEVATED", screening.getString("band"));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"outcome\":\"verified_genuine\",\"reviewer\":\"r.lee\",\"reason\":\"married name\"}")
        .when()
        .post("/api/v1/screenings/" + screening.getString("id") + "/outcome")
        .then()
        .statusCode(200);

    // the same catalogue, but ELEVATED starts at 45 points and the version says so
    Path tried = Files.createTempDirectory("telltale-backtest");
    Path catalogue = Files.createDirectories(tried.resolve("catalogue"));
    for (String file : List.of("rules.yaml", "sources.yaml", "scoring.yaml", "handbook.yaml")) {
      Files.copy(Path.of("config/catalogue", file), catalogue.resolve(file));
    }
    Path scoring = catalogue.resolve("scoring.yaml");
    Files.writeString(
        scoring,
        Files.readString(scoring)
            .replaceFirst("version: \"[^\"]+\"", "version: \"backtest-1\"")
            .replaceFirst("elevated: 15", "elevated: 45")
            .replaceFirst("high: 40", "high: 50")
            .replaceFirst("critical: 70", "critical: 80")
            .replaceFirst("pointsPerFamily: 15", "pointsPerFamily: 4"));

    JsonPath report =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("configDir", tried.toString()))
            .when()
            .post("/api/v1/reports/backtest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("backtest-1", report.getString("catalogueTried"));
    assertTrue(report.getLong("screenings") >= 1);
    List<Map<String, Object>> moves = report.getList("moves");
    assertTrue(
        moves.stream()
            .anyMatch(
                m ->
                    m.get("outcome").equals("verified_genuine")
                        && m.get("now").equals("ELEVATED")
                        && m.get("tried").equals("LOW")),
        moves.toString());
    assertTrue(
        report.getInt("byOutcome.find { it.outcome == 'verified_genuine' }.down") >= 1,
        report.prettify());
  }

  @Test
  void aDirectoryWithoutACatalogueIsAClearClientError() throws IOException {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("configDir", Files.createTempDirectory("telltale-empty").toString()))
        .when()
        .post("/api/v1/reports/backtest")
        .then()
        .statusCode(400)
        .body("code", equalTo("catalogue_invalid"));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post("/api/v1/reports/backtest")
        .then()
        .statusCode(400);
  }
}
