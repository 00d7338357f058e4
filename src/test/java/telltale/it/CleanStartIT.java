package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/telltale.jar, as java -jar and the container run it) starts on its
 * embedded defaults without one warning in its log: every warning a start prints is something the
 * operator has to act on. (The runtime directory is given, as the README advises for a service that
 * should not keep its runtime under /tmp; without it Payara says so, which is such a case.) It then
 * screens the same candidate three times with the key it made on its first run, takes one webhook
 * delivery twice (a vendor's retry, answered "duplicate"), and its background rounds read the
 * database, still without a warning: pooled connections reused after their first use once failed on
 * H2 ("The object is already closed") with nothing at start-up to show it, and a retry logged a
 * hundred lines of stack.
 */
class CleanStartIT {

  @Test
  void aCleanStartOnTheEmbeddedDefaultsLogsNoWarning() throws Exception {
    PackagedJar jar =
        PackagedJar.start(
            "clean-start",
            List.of("telltale.webhooks.generic.secret=" + Signing.GENERIC_SECRET),
            List.of("--rootdir", DataDirs.fresh("clean-start-runtime")));
    Process process = jar.process();
    String log;
    try {
      assertEquals(200, readyStatus(jar.port(), process), "never ready; see " + jar.err());
      String key = Files.readString(jar.data().resolve("admin.key")).strip();
      String base = "http://127.0.0.1:" + jar.port();
      for (int i = 0; i < 3; i++) {
        given()
            .baseUri(base)
            .header("Authorization", "Bearer " + key)
            .contentType(ContentType.JSON)
            .body(
                "{\"candidateId\":\"clean-1\",\"phones\":[\"+1 212 736 5000\"],"
                    + "\"location\":{\"country\":\"US\"}}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201);
      }
      String delivery = "{\"candidateId\":\"clean-2\",\"location\":{\"country\":\"US\"}}";
      Signing.deliver(base, "clean-start-1", delivery).statusCode(200);
      Signing.deliver(base, "clean-start-1", delivery)
          .statusCode(200)
          .body("status", equalTo("duplicate"));
      // the background rounds run every five seconds; what a start and its first requests log is
      // read while the service runs: a stop may log what it likes
      Thread.sleep(6000);
      log = Files.readString(jar.out()) + Files.readString(jar.err());
    } finally {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    List<String> warnings =
        log.lines().filter(line -> line.contains("WARNING") || line.contains("SEVERE")).toList();
    assertTrue(
        warnings.isEmpty(), "a clean start logged warnings (see " + jar.err() + "):\n" + warnings);
    assertTrue(
        Files.exists(jar.data().resolve("telltale.mv.db")),
        "the database is where the launcher and the application agree: " + jar.data());
  }

  private static int readyStatus(int port, Process process) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    int status = 0;
    for (int i = 0; i < 240 && process.isAlive() && status != 200; i++) {
      try {
        status = client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        status = 0;
      }
      if (status != 200) {
        Thread.sleep(500);
      }
    }
    return status;
  }
}
