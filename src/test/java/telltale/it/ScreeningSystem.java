package telltale.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The running service as a business-level system: tests read as what a user does. */
public final class ScreeningSystem {
  private ScreeningSystem() {}

  /** The running service's address. */
  public static URI base() {
    return URI.create(
        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/");
  }

  /** Screens a profile and returns the result as JSON. */
  public static io.restassured.path.json.JsonPath screened(String json) {
    return screen(json).statusCode(201).extract().jsonPath();
  }

  /** Opens a page (card, interviewer checklist, handbook) as a browser would, without a key. */
  public static io.restassured.response.Response page(String pathOrUrl) {
    return given()
        .header("Authorization", "")
        .redirects()
        .follow(false)
        .when()
        .get(pathOrUrl.replaceFirst("^https?://[^/]+", ""));
  }

  public static String profile(String name) {
    try (InputStream in =
        ScreeningSystem.class.getResourceAsStream("/profiles/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no test profile " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ValidatableResponse screen(String json) {
    return given()
        .contentType(ContentType.JSON)
        .body(json)
        .when()
        .post("/api/v1/screenings")
        .then();
  }

  public static ValidatableResponse screenBytes(byte[] body, String contentType) {
    return given().contentType(contentType).body(body).when().post("/api/v1/screenings").then();
  }

  public static ValidatableResponse screening(String id) {
    return given().accept(ContentType.JSON).when().get("/api/v1/screenings/" + id).then();
  }

  /**
   * Headers every request to /api/v1 carries (credentials, once the API asks for them); tests that
   * build their own requests add these.
   */
  public static Map<String, String> apiHeaders() {
    return Map.of();
  }

  public static ValidatableResponse checklists() {
    return given().accept(ContentType.JSON).when().get("/api/v1/checklists").then();
  }
}
