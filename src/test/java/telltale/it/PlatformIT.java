package telltale.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import telltale.openapi.StandardValidator;

/** Catalogue, health and OpenAPI as an integrator finds them. */
@ExtendWith(PayaraMicroExtension.class)
class PlatformIT {
  @Test
  void theVendorClientInterfacesAreNotMistakenForResourcesAtStart() throws IOException {
    Path log = Path.of(System.getProperty("it.log.dir", "target"), "payara-it.log");
    assumeTrue(Files.exists(log), "the shared test server's log (not with -Dit.base.url)");
    String text = Files.readString(log);
    assertFalse(text.isBlank(), "the shared server wrote its log");
    assertFalse(
        text.contains("cannot be instantiated and will be ignored"),
        "Jersey took a REST client interface for a resource: see " + log);
  }

  @Test
  void theCatalogueListsEveryRuleWithSourcesExplanationsGuidanceAndTraining() {
    ScreeningSystem.checklists()
        .statusCode(200)
        .body("version", notNullValue())
        .body("rules.size()", greaterThanOrEqualTo(36))
        .body("rules.id", hasItem("phone_voip"))
        .body("rules.checklist", hasItem("proxy_interview"))
        .body("rules.strength", everyItem(Matchers.oneOf("weak", "medium", "strong")))
        .body("rules.sources.flatten().key", hasItem("S1"))
        .body("rules.innocentExplanations.flatten()", everyItem(not(emptyOrNullString())))
        .body("rules.guidance.script", everyItem(not(emptyOrNullString())))
        .body("rules.training", everyItem(not(emptyOrNullString())))
        .body("scoring.labels.CRITICAL", equalTo("Stop and involve security"));
  }

  @Test
  void healthReportsReadyWithTheCatalogueAndLive() {
    RestAssured.get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("catalogue"));
    RestAssured.get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiDescribesTheRequestAndResponseSchemas() {
    RestAssured.given()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("CandidateProfile"))
        .body(containsString("/api/v1/screenings"))
        .body(containsString("Screening"));
  }

  @Test
  void openApiIsValidUnderAStandardValidatorAsJsonAndAsYaml() {
    String json =
        RestAssured.given()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/json"))
            .extract()
            .asString();
    assertEquals(List.of(), StandardValidator.problems(json));
    assertFalse(json.contains("\"endpoints\""), "Payara's extra field is removed");

    String yaml = RestAssured.get("/openapi").then().statusCode(200).extract().asString();
    assertTrue(yaml.startsWith("openapi: 3.0.3"), yaml.substring(0, 40));
    assertEquals(List.of(), StandardValidator.problems(yaml));
  }

  @Test
  void openApiFormatIsChosenByAcceptOrByTheFormatParameter() {
    RestAssured.given()
        .queryParam("format", "JSON")
        .get("/openapi")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("openapi", equalTo("3.0.3"));
    RestAssured.given()
        .accept("application/json")
        .queryParam("format", "YAML")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(startsWith("openapi: 3.0.3"));
    RestAssured.given()
        .accept("text/plain")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(startsWith("openapi: 3.0.3"));
  }

  @Test
  void metricsCountScreeningsByBandAndWebhookDeliveriesByOutcomeForPrometheus() {
    ScreeningSystem.screen("{\"candidateId\":\"metrics-1\",\"location\":{\"country\":\"US\"}}")
        .statusCode(201);
    RestAssured.given()
        .contentType("application/json")
        .body("{}")
        .post("/webhooks/greenhouse")
        .then()
        .statusCode(401);

    String metrics =
        RestAssured.given()
            .accept("text/plain")
            .queryParam("scope", "application")
            .get("/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(metrics.matches("(?s).*telltale_screenings_total\\{[^}]*band=\"LOW\".*"), metrics);
    assertTrue(metrics.contains("telltale_screening_duration_seconds_count{"), metrics);
    Matcher longest =
        Pattern.compile("telltale_screening_duration_seconds_max\\{[^}]*} (\\S+)").matcher(metrics);
    assertTrue(longest.find(), metrics);
    double seconds = Double.parseDouble(longest.group(1));
    assertTrue(seconds > 0 && seconds < 60, "the longest screening in seconds: " + seconds);
    assertTrue(
        metrics.matches("(?s).*telltale_linkage_lookups_total\\{[^}]*outcome=\"none\"} [1-9].*"),
        metrics);
    assertTrue(
        metrics.matches(
            "(?s).*telltale_webhook_deliveries_total\\{[^}]*ats=\"greenhouse\"[^}]*"
                + "outcome=\"refused_invalid_signature\".*"),
        metrics);
    // the work queues: read from storage at each scrape, never -1 on a healthy database
    assertTrue(
        metrics.contains(
            "telltale_queue_depth{mp_scope=\"application\",queue=\"outbox\",state=\"failed\"} 0"),
        metrics);
    assertTrue(metrics.contains("telltale_queue_oldest_age_seconds{"), metrics);
    assertTrue(!metrics.matches("(?s).*telltale_queue_depth\\{[^}]*} -1.*"), metrics);
  }
}
