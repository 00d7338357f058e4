package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * should not keep its runtime under /tmp; without it Payara says so, which is such a case.)
 */
class CleanStartIT {

  @Test
  void aCleanStartOnTheEmbeddedDefaultsLogsNoWarning() throws Exception {
    PackagedJar jar =
        PackagedJar.start(
            "clean-start", List.of(), List.of("--rootdir", DataDirs.fresh("clean-start-runtime")));
    Process process = jar.process();
    String log;
    try {
      assertEquals(200, readyStatus(jar.port(), process), "never ready; see " + jar.err());
      // what a start logs, read while the service runs: a stop may log what it likes
      Thread.sleep(3000);
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
