package telltale.it;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A really started Payara Micro with target/ROOT.war, as a child process with its own log file.
 * Waits until /health/ready answers 200 and fails fast when the deployment fails.
 */
public final class PayaraServer implements AutoCloseable {
  private static final Duration BOOT_LIMIT = Duration.ofSeconds(180);
  private final Process process;
  private final URI base;
  private final Path log;

  private PayaraServer(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  public URI base() {
    return base;
  }

  public Path log() {
    return log;
  }

  /**
   * Starts a server; settings become -D system properties (MicroProfile Config reads them), with
   * {port} replaced by the port it listens on.
   */
  public static PayaraServer start(String name, Map<String, String> settings) {
    int port = freePort();
    Path target = Path.of(System.getProperty("it.log.dir", "target"));
    Path log = target.resolve("payara-" + name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    // "{port}" in a value is the server's own port (an address a stand-in must call back)
    new TreeMap<>(settings)
        .forEach(
            (key, value) ->
                command.add("-D" + key + "=" + value.replace("{port}", String.valueOf(port))));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("it.payara.jar", "target/payara-micro.jar"),
            "--deploy",
            System.getProperty("it.war", "target/ROOT.war"),
            "--port",
            String.valueOf(port),
            "--nohazelcast"));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      PayaraServer server = new PayaraServer(process, URI.create("http://127.0.0.1:" + port), log);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Payara Micro", e);
    }
  }

  /** Starts and expects the deployment to fail; returns the log text. */
  @SuppressWarnings("try") // the server is only started, never used
  public static String startExpectingFailure(String name, Map<String, String> settings) {
    try (PayaraServer ignored = start(name, settings)) {
      throw new AssertionError("the server started although it should not have");
    } catch (DeploymentFailed e) {
      return e.getMessage();
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      String text = logText();
      if (text.contains("Exception while loading the app")
          || text.contains("Error occurred during deployment")) {
        close();
        throw new DeploymentFailed(text);
      }
      if (!process.isAlive()) {
        throw new DeploymentFailed(text);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException(
        "Payara Micro was not ready within " + BOOT_LIMIT + "; see " + log);
  }

  public String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The log's lines that contain the text, in order. */
  public List<String> logLines(String containing) {
    return logText().lines().filter(line -> line.contains(containing)).toList();
  }

  /** kill -9: no shutdown hooks, no flush, as when a machine or container dies. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The application failed to deploy; the message is the server log. */
  public static final class DeploymentFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeploymentFailed(String log) {
      super(log);
    }
  }
}
