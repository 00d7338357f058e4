package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged service (target/telltale.jar, as java -jar and the container run it) exits with
 * status 1 and the reason on standard error when the application cannot deploy, instead of staying
 * up answering 404: for each cause the README names.
 */
class FailLoudlyIT {

  static Stream<Arguments> causes() throws IOException {
    String postgres = "jdbc:postgresql://127.0.0.1:" + Postgres.PORT + "/";
    int closed = PackagedJar.freePort();
    return Stream.of(
        Arguments.of(
            "a key shorter than 16 characters",
            List.of("telltale.auth.api-keys=admin:too-short"),
            "telltale.auth.api-keys: the key for role admin must be at least 16"),
        Arguments.of(
            "a missing secret with PostgreSQL",
            List.of(
                "telltale.datasource.url="
                    + postgres
                    + Postgres.freshDatabase("telltale_fail_secret"),
                "telltale.datasource.user=" + Postgres.USER,
                "telltale.datasource.password="),
            "telltale.linkage.secret (TELLTALE_LINKAGE_SECRET) must be set when the database is not"
                + " the embedded one"),
        Arguments.of(
            "an unreachable database",
            List.of(
                "telltale.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/telltale",
                "telltale.datasource.user=" + Postgres.USER,
                "telltale.datasource.password=",
                "telltale.linkage.secret=fail-loudly-linkage-secret-0123",
                "telltale.card.secret=fail-loudly-card-secret-0123456"),
            "Connection to 127.0.0.1:" + closed + " refused"),
        Arguments.of(
            "a broken catalogue",
            List.of("telltale.config.dir=" + brokenCatalogue()),
            "rules.yaml: not valid YAML"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("causes")
  void stopsTheProcessWithTheReasonOnStandardError(
      String cause, List<String> properties, String reason)
      throws IOException, InterruptedException {
    PackagedJar jar = PackagedJar.start(cause.replace(' ', '-'), properties, List.of());
    Process process = jar.process();
    boolean exited = process.waitFor(240, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertTrue(exited, "the process is still running after a failed deployment; see " + jar.err());
    assertEquals(1, process.exitValue(), "exit status; see " + jar.err());
    List<String> lines = Files.readAllLines(jar.err());
    int header = lines.indexOf("Telltale did not start: the application failed to deploy.");
    assertTrue(header >= 0, "no reason given; see " + jar.err());
    String told = String.join("\n", lines.subList(header, lines.size()));
    assertTrue(told.contains("  reason: ") && told.contains(reason), told);
  }

  /** A copy of config/ whose rules file is cut off in the middle of a YAML list. */
  private static String brokenCatalogue() throws IOException {
    Path copy = Path.of(DataDirs.fresh("broken-config"));
    Path config = Path.of("config");
    try (Stream<Path> files = Files.walk(config)) {
      files.forEach(
          file -> {
            try {
              Path to = copy.resolve(config.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(to);
              } else {
                Files.copy(file, to);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    Files.writeString(copy.resolve("catalogue/rules.yaml"), "rules: [\n  - id: broken\n");
    return copy.toString();
  }
}
