package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
  static final Path JAR =
      Path.of(System.getProperty("it.war", "target/ROOT.war")).resolveSibling("telltale.jar");

  @Test
  void aCleanStartOnTheEmbeddedDefaultsLogsNoWarning() throws Exception {
    Path logs = Path.of(System.getProperty("it.log.dir", "target"));
    Path out = logs.resolve("telltale-jar-clean-start.out");
    Path err = logs.resolve("telltale-jar-clean-start.err");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    Path data = Path.of(DataDirs.fresh("clean-start"));
    command.add("-Dtelltale.data.dir=" + data);
    command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port)));
    command.addAll(List.of("--rootdir", DataDirs.fresh("clean-start-runtime")));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    String log;
    try {
      assertEquals(200, readyStatus(port, process), "never ready; see " + err);
      // what a start logs, read while the service runs: a stop may log what it likes
      Thread.sleep(3000);
      log = Files.readString(out) + Files.readString(err);
    } finally {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    List<String> warnings =
        log.lines().filter(line -> line.contains("WARNING") || line.contains("SEVERE")).toList();
    assertTrue(warnings.isEmpty(), "a clean start logged warnings (see " + err + "):\n" + warnings);
    assertTrue(
        Files.exists(data.resolve("telltale.mv.db")),
        "the database is where the launcher and the application agree: " + data);
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
