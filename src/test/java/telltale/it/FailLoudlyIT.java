package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/telltale.jar, as java -jar and the container run it) exits with
 * status 1 and the reason on standard error when the application cannot deploy, instead of staying
 * up answering 404.
 */
class FailLoudlyIT {

  @Test
  void aKeyShorterThan16CharactersStopsTheProcessWithTheReasonOnStandardError()
      throws IOException, InterruptedException {
    PackagedJar jar =
        PackagedJar.start("bad-key", List.of("telltale.auth.api-keys=admin:too-short"), List.of());
    Process process = jar.process();
    boolean exited = process.waitFor(240, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertTrue(exited, "the process is still running after a failed deployment; see " + jar.err());
    assertEquals(1, process.exitValue(), "exit status; see " + jar.err());
    List<String> lines = Files.readAllLines(jar.err());
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    assertTrue(tail.contains("Telltale did not start"), tail);
    assertTrue(
        tail.contains("telltale.auth.api-keys: the key for role admin must be at least 16"), tail);
  }
}
