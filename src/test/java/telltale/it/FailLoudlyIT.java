package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/telltale.jar, as java -jar and the container run it) exits with
 * status 1 and the reason on standard error when the application cannot deploy, instead of staying
 * up answering 404.
 */
class FailLoudlyIT {
  static final Path JAR =
      Path.of(System.getProperty("it.war", "target/ROOT.war")).resolveSibling("telltale.jar");

  @Test
  void aKeyShorterThan16CharactersStopsTheProcessWithTheReasonOnStandardError()
      throws IOException, InterruptedException {
    Path logs = Path.of(System.getProperty("it.log.dir", "target"));
    Path out = logs.resolve("telltale-jar-bad-key.out");
    Path err = logs.resolve("telltale-jar-bad-key.err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    command.add("-Dtelltale.data.dir=" + DataDirs.fresh("bad-key"));
    command.add("-Dtelltale.auth.api-keys=admin:too-short");
    command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(freePort())));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean exited = process.waitFor(240, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertTrue(exited, "the process is still running after a failed deployment; see " + err);
    assertEquals(1, process.exitValue(), "exit status; see " + err);
    List<String> lines = Files.readAllLines(err);
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    assertTrue(tail.contains("Telltale did not start"), tail);
    assertTrue(
        tail.contains("telltale.auth.api-keys: the key for role admin must be at least 16"), tail);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
