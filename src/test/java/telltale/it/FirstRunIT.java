package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A first start on the embedded database with no credential configured makes an admin key once in
 * the data directory, logs how to use it, and the README's first request works with it.
 */
class FirstRunIT {
  @Test
  void theFirstStartMakesAnAdminKeyTheReadmeRequestUses() throws Exception {
    Path data = Files.createTempDirectory("telltale-first-run");
    Map<String, String> settings =
        Map.of(
            "telltale.data.dir",
            data.toString(),
            "telltale.card.secret",
            "first-run-card-secret-0123",
            "telltale.files.enabled",
            "false");
    String key;
    try (PayaraServer server = PayaraServer.start("first-run", settings)) {
      key = Files.readString(data.resolve("admin.key")).strip();
      assertTrue(server.logText().contains("Use it as 'Authorization: Bearer " + key + "'"));
      String base = server.base().toString();
      given()
          .baseUri(base)
          .header("Authorization", "")
          .contentType("application/json")
          .body("{\"candidateId\":\"c-1\"}")
          .when()
          .post("/api/v1/screenings")
          .then()
          .statusCode(401);
      int status =
          given()
              .baseUri(base)
              .header("Authorization", "Bearer " + key)
              .contentType("application/json")
              .body(
                  "{\"candidateId\":\"c-1\",\"phones\":[\"+1 212 736 5000\"],"
                      + "\"location\":{\"country\":\"US\"}}")
              .when()
              .post("/api/v1/screenings")
              .statusCode();
      assertEquals(201, status);
    }
    // a second start keeps the key and says nothing more about it
    try (PayaraServer again = PayaraServer.start("first-run-again", settings)) {
      assertEquals(key, Files.readString(data.resolve("admin.key")).strip());
      assertTrue(!again.logText().contains(key), "the key is logged only when it is made");
    }
  }
}
