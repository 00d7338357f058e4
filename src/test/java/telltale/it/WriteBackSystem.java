package telltale.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One running Telltale as write-back, outcomes and reports users meet it. */
public final class WriteBackSystem {
  private final URI base;

  public WriteBackSystem(URI base) {
    this.base = base;
  }

  /** A small canonical profile of the given ATS; phone varies the signals. */
  public static String profile(String ats, String candidateId, String roleTitle, String source) {
    return "{\"candidateId\":\""
        + candidateId
        + "\",\"ats\":\""
        + ats
        + "\",\"stage\":\"application\",\"role\":{\"title\":\""
        + roleTitle
        + "\",\"remote\":true},\"application\":{\"source\":\""
        + source
        + "\"},\"location\":{\"country\":\"US\"}}";
  }

  /** Screens the profile; returns the screening id. */
  public String screen(String json) {
    return given()
        .baseUri(base.toString())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/screenings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public JsonPath screening(String id) {
    return given()
        .baseUri(base.toString())
        .get("/api/v1/screenings/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public ValidatableResponse outbox(String status) {
    var request = given().baseUri(base.toString()).accept(ContentType.JSON);
    if (status != null) {
      request.queryParam("status", status);
    }
    return request.get("/api/v1/admin/outbox").then();
  }

  public ValidatableResponse retry(String itemId) {
    return given()
        .baseUri(base.toString())
        .post("/api/v1/admin/outbox/" + itemId + "/retry")
        .then();
  }

  /** The outbox items of one screening. */
  public List<Map<String, Object>> items(String screeningId) {
    return outbox(null)
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("")
        .stream()
        .filter(item -> screeningId.equals(item.get("screeningId")))
        .toList();
  }

  /** Waits until every outbox item of the screening has the status. */
  public List<Map<String, Object>> awaitItems(String screeningId, String status, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<Map<String, Object>> items = List.of();
    while (System.nanoTime() < deadline) {
      items = items(screeningId);
      if (items.size() == count && items.stream().allMatch(i -> status.equals(i.get("status")))) {
        return items;
      }
      sleep(200);
    }
    throw new AssertionError(
        "outbox items of " + screeningId + " did not become " + status + ": " + items);
  }

  public ValidatableResponse outcome(String screeningId, String json) {
    return given()
        .baseUri(base.toString())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/screenings/" + screeningId + "/outcome")
        .then();
  }

  public ValidatableResponse report(String path, Map<String, ?> query, String accept) {
    var request = given().baseUri(base.toString()).queryParams(query);
    if (accept != null) {
      request.accept(accept);
    }
    return request.get("/api/v1/reports/" + path).then();
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
