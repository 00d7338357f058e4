package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The front-proxy recipe of deploy/nginx/telltale.conf in front of the shared test server: the
 * whole hostile corpus gets JSON client errors, including what Payara Micro's connector answers
 * below the application (oversized headers → 431, an oversized URI → 414, a malformed escape →
 * 400), and the API description comes as YAML to {@code Accept: application/yaml}.
 */
@ExtendWith(PayaraMicroExtension.class)
class FrontProxyIT extends HostileCorpus {
  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static Process nginx;

  /** An nginx running the recipe, and where it listens. */
  record Running(Process process, URI address) {}

  @BeforeAll
  static void startTheProxy() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(NGINX), "nginx is installed by .ci/run");
    Running running = start(RestAssured.port);
    nginx = running.process();
    proxy = running.address();
  }

  /** Starts nginx with deploy/nginx/telltale.conf in front of 127.0.0.1:upstream. */
  static Running start(int upstream) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(Path.of("target"), "nginx").toAbsolutePath();
    int port = freePort();
    String recipe =
        Files.readString(Path.of("deploy/nginx/telltale.conf"))
            .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + upstream + ";")
            .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
    assertTrue(recipe.contains(":" + port + ";"), "the recipe's listen line changed");
    Files.writeString(dir.resolve("telltale.conf"), recipe);
    Files.writeString(
        dir.resolve("nginx.conf"),
        String.join(
            "\n",
            "daemon off;",
            // workers run as this user, so that they may write the body buffers under target/
            "user " + System.getProperty("user.name") + ";",
            "worker_processes 1;",
            "pid " + dir.resolve("nginx.pid") + ";",
            "error_log " + dir.resolve("error.log") + ";",
            "events {}",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + dir.resolve("body") + ";",
            "  proxy_temp_path " + dir.resolve("proxy") + ";",
            "  include " + dir.resolve("telltale.conf") + ";",
            "}",
            ""));
    Process process =
        new ProcessBuilder(NGINX.toString(), "-c", dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!listening(port)) {
      assertTrue(process.isAlive(), "nginx stopped: " + Files.readString(dir.resolve("nginx.out")));
      assertTrue(Instant.now().isBefore(deadline), "nginx did not listen on " + port);
      Thread.sleep(100);
    }
    return new Running(process, URI.create("http://127.0.0.1:" + port));
  }

  @AfterAll
  static void stopTheProxy() {
    proxy = null;
    if (nginx != null) {
      nginx.destroy();
    }
  }

  @Test
  void oversizedHeadersGet431InJson() throws IOException {
    RawHttp.Response response =
        RawHttp.send(
            proxy,
            "GET",
            "/health/live",
            List.<String[]>of(new String[] {"X-Filler", "a".repeat(20_000)}),
            new byte[0],
            10_000);
    assertEquals(431, response.status(), response.text());
    assertTrue(response.contentType().startsWith("application/json"), response.contentType());
    assertTrue(response.text().contains("\"code\":\"headers_too_large\""), response.text());
  }

  @Test
  void anOversizedUriGets414InJson() throws IOException {
    RawHttp.Response response =
        RawHttp.send(
            proxy,
            "GET",
            "/api/v1/screenings/" + "a".repeat(20_000),
            List.of(),
            new byte[0],
            10_000);
    assertEquals(414, response.status(), response.text());
    assertTrue(response.text().contains("\"code\":\"uri_too_long\""), response.text());
  }

  @Test
  void theApiDescriptionComesAsYamlByAccept() throws IOException {
    RawHttp.Response response =
        RawHttp.send(
            proxy,
            "GET",
            "/openapi",
            List.<String[]>of(new String[] {"Accept", "application/yaml"}),
            new byte[0],
            10_000);
    assertEquals(200, response.status(), response.text());
    assertTrue(response.contentType().startsWith("application/yaml"), response.contentType());
    assertTrue(response.text().startsWith("openapi: 3.0"), response.text());
  }

  @Test
  void everythingElsePassesThroughUnchanged() throws IOException {
    RawHttp.Response response =
        RawHttp.send(
            proxy,
            "GET",
            "/api/v1/screenings/no-such-screening",
            List.<String[]>of(new String[] {"Authorization", "Bearer " + Credentials.ADMIN}),
            new byte[0],
            10_000);
    assertEquals(404, response.status(), response.text());
    assertTrue(
        new String(response.body(), StandardCharsets.UTF_8).contains("\"code\""), response.text());
  }

  @Test
  void noInstanceReachableIs503WithRetryAfter() throws IOException, InterruptedException {
    int nothingListens = freePort();
    Running down = start(nothingListens);
    try {
      RawHttp.Response response =
          RawHttp.send(
              down.address(), "POST", "/webhooks/greenhouse", List.of(), new byte[0], 10_000);
      assertEquals(503, response.status(), response.text());
      assertTrue(response.headers().containsKey("retry-after"), response.headers().toString());
      assertTrue(response.text().contains("\"code\":\"unavailable\""), response.text());
    } finally {
      down.process().destroy();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
