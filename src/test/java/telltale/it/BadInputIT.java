package telltale.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static telltale.it.ScreeningSystem.screen;
import static telltale.it.ScreeningSystem.screenBytes;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Client mistakes get a 4xx JSON body with a stable code and the fields at fault. */
@ExtendWith(PayaraMicroExtension.class)
class BadInputIT {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("{\"candidateId\": ", "malformed_json", "body"),
        Arguments.of("[1, 2]", "invalid_value", "body"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"nationality\": \"KP\"}",
            "protected_attribute",
            "nationality"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"name\": {\"first\": \"A\", \"dateOfBirth\": \"1990-01-01\"}}",
            "protected_attribute",
            "name.dateOfBirth"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"eeoc\": {\"gender\": \"x\"}}",
            "protected_attribute",
            "eeoc"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"phone\": \"+15125550143\"}", "unknown_field", "phone"),
        Arguments.of("{\"candidateId\": \"c\", \"stage\": \"hired\"}", "invalid_value", "stage"),
        Arguments.of("{\"candidateId\": \"c\", \"emails\": \"a@b.c\"}", "invalid_value", "emails"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"interviews\": [{\"round\": \"one\"}]}",
            "invalid_value",
            "interviews[0].round"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"interviews\": [{\"round\": 99999999999}]}",
            "invalid_value",
            "interviews[0].round"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"interviews\": [{\"observations\": [\"looked nervous\"]}]}",
            "invalid_value",
            "interviews[0].observations[0]"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"application\": {\"submittedAt\": \"yesterday\"}}",
            "invalid_value",
            "application.submittedAt"),
        Arguments.of("{\"candidateId\": \"c\", \"candidateId\": \"d\"}", "malformed_json", "body"),
        Arguments.of("{}", "validation_failed", "candidateId"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"emails\": [\"not-an-email\"]}",
            "validation_failed",
            "emails[0]"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"application\": {\"clientIp\": \"example.com\"}}",
            "validation_failed",
            "application.clientIp"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"location\": {\"country\": \"USA\"}}",
            "validation_failed",
            "location.country"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"location\": {\"timezone\": \"Mars/Olympus\"}}",
            "validation_failed",
            "location.timezone"),
        Arguments.of(
            "{\"candidateId\": \"c\", \"employment\": [{\"from\": \"Feb 2020\"}]}",
            "validation_failed",
            "employment[0].from"),
        Arguments.of(
            "{\"candidateId\": \"" + "x".repeat(201) + "\"}", "validation_failed", "candidateId"),
        Arguments.of("[".repeat(10_000), "too_deep", "body"));
  }

  @ParameterizedTest(name = "{1} for {2}")
  @MethodSource("mistakes")
  void eachMistakeGetsA400NamingTheField(String body, String code, String field) {
    var response =
        screen(body)
            .statusCode(400)
            .contentType("application/json")
            .body("code", equalTo(code))
            .body("message", not(containsString("Exception")));
    if (!field.equals("body")) {
      response.body("violations.field", hasItem(field));
    }
  }

  @Test
  void bodiesOverTheLimitGet413() {
    // a profile may carry a resume file in base64, so its limit is the larger file-body limit
    String huge = "{\"candidateId\": \"c\", \"resumeText\": \"" + "a".repeat(16_000_000) + "\"}";
    screen(huge).statusCode(413).body("code", equalTo("payload_too_large"));
    RestAssured.given()
        .contentType("application/json")
        .body("{\"round\": \"" + "a".repeat(1_100_000) + "\"}")
        .post("/api/v1/screenings/any/observations")
        .then()
        .statusCode(413)
        .body("code", equalTo("payload_too_large"));
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] prefix = "{\"candidateId\": \"c".getBytes(StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOf(prefix, prefix.length + 3);
    body[prefix.length] = (byte) 0xFF;
    body[prefix.length + 1] = '"';
    body[prefix.length + 2] = '}';
    screenBytes(body, "application/json").statusCode(400).body("code", equalTo("invalid_encoding"));
  }

  @Test
  void anEmptyBodyIsRefused() {
    screenBytes(new byte[0], "application/json").statusCode(400).contentType("application/json");
  }

  @Test
  void otherMediaTypesGet415InJson() {
    screenBytes("candidateId=c".getBytes(StandardCharsets.UTF_8), "text/plain")
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void unknownPathsAndMethodsAnswerInJson() {
    RestAssured.get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    RestAssured.delete("/api/v1/checklists")
        .then()
        .statusCode(405)
        .body("code", equalTo("method_not_allowed"));
  }
}
