package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.testing.Exchanges;

/** The download rules against a local HTTP server (and a second one as "another host"). */
class FileFetcherTest {
  static final byte[] PDF = "%PDF-1.7 a small file".getBytes(StandardCharsets.US_ASCII);

  HttpServer files;
  HttpServer other;
  final List<String> seen = new CopyOnWriteArrayList<>();
  FileFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    files = server();
    other = server();
    files.createContext("/cv.pdf", x -> answer(x, 200, PDF, "application/pdf"));
    files.createContext("/moved", x -> redirect(x, "/cv.pdf"));
    files.createContext("/loop", x -> redirect(x, "/loop"));
    files.createContext("/elsewhere", x -> redirect(x, origin(other) + "/cv.pdf"));
    files.createContext("/expired", x -> answer(x, 403, new byte[0], "text/plain"));
    files.createContext("/broken", x -> answer(x, 503, new byte[0], "text/plain"));
    files.createContext("/big", x -> answer(x, 200, new byte[2048], "application/pdf"));
    files.createContext("/big-chunked", this::chunked);
    files.createContext("/stall", x -> stall(x, true));
    files.createContext("/stall-body", x -> stall(x, false));
    other.createContext(
        "/cv.pdf",
        x -> {
          seen.add("other:" + x.getRequestURI());
          answer(x, 200, PDF, "application/pdf");
        });
    fetcher =
        new FileFetcher(
            AllowedOrigins.parse(origin(files) + "," + origin(other)),
            1024,
            Duration.ofSeconds(2),
            Duration.ofMillis(1000));
  }

  @AfterEach
  void stop() {
    files.stop(0);
    other.stop(0);
  }

  @Test
  void aFileOnAnAllowedOriginIsFetchedWithItsNameAndType() {
    FileFetcher.Fetched fetched = fetcher.fetch(origin(files) + "/cv.pdf?sig=abc", List.of());
    assertArrayEquals(PDF, fetched.bytes());
    assertEquals("cv.pdf", fetched.filename());
    assertEquals("application/pdf", fetched.contentType());
  }

  @Test
  void headersAreSentToo() {
    fetcher.fetch(origin(files) + "/cv.pdf", List.of("Authorization", "Basic a2V5Og=="));
    assertTrue(seen.contains("Basic a2V5Og=="), seen.toString());
  }

  @Test
  void aRedirectWithinTheSameOriginIsFollowed() {
    assertArrayEquals(PDF, fetcher.fetch(origin(files) + "/moved", List.of()).bytes());
  }

  @Test
  void aRedirectToAnotherHostIsRefusedEvenWhenThatHostIsAllowed() {
    var refused =
        assertThrows(
            FileFetcher.Refused.class,
            () -> fetcher.fetch(origin(files) + "/elsewhere", List.of()));
    assertTrue(refused.getMessage().contains("another host"), refused.getMessage());
    assertEquals(List.of(), otherRequests(), "the other host is never asked");
  }

  @Test
  void moreThanThreeRedirectsAreRefused() {
    var refused =
        assertThrows(
            FileFetcher.Refused.class, () -> fetcher.fetch(origin(files) + "/loop", List.of()));
    assertTrue(refused.getMessage().contains("more than 3"), refused.getMessage());
  }

  @Test
  void aHostNotAllowedIsNeverAsked() {
    var refused =
        assertThrows(
            FileFetcher.Refused.class,
            () ->
                fetcher.fetch(
                    "http://localhost:" + files.getAddress().getPort() + "/cv.pdf", List.of()));
    assertTrue(refused.getMessage().contains("not on the allowed list"), refused.getMessage());
    assertEquals(List.of(), seen);
  }

  @Test
  void aDeclaredSizeOverTheCapIsRefusedBeforeTheBodyIsRead() {
    var refused =
        assertThrows(
            FileFetcher.Refused.class, () -> fetcher.fetch(origin(files) + "/big", List.of()));
    assertTrue(refused.getMessage().contains("larger than the limit"), refused.getMessage());
  }

  @Test
  void aStreamedBodyIsStoppedAtTheCap() {
    var refused =
        assertThrows(
            FileFetcher.Refused.class,
            () -> fetcher.fetch(origin(files) + "/big-chunked", List.of()));
    assertTrue(refused.getMessage().contains("larger than the limit"), refused.getMessage());
  }

  @Test
  void aServerThatStallsBeforeAnsweringFailsForALaterTry() {
    long started = System.nanoTime();
    var failed =
        assertThrows(
            FileFetcher.Failed.class, () -> fetcher.fetch(origin(files) + "/stall", List.of()));
    assertTrue(failed.getMessage().contains("stalled"), failed.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 4500);
  }

  @Test
  void aServerThatStallsInTheBodyFailsForALaterTry() {
    long started = System.nanoTime();
    var failed =
        assertThrows(
            FileFetcher.Failed.class,
            () -> fetcher.fetch(origin(files) + "/stall-body", List.of()));
    assertTrue(failed.getMessage().contains("stalled"), failed.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 4500);
  }

  @Test
  void serverErrorsFailForALaterTryAndRefusalsAreFinal() {
    assertThrows(
        FileFetcher.Failed.class, () -> fetcher.fetch(origin(files) + "/broken", List.of()));
    var refused =
        assertThrows(
            FileFetcher.Refused.class, () -> fetcher.fetch(origin(files) + "/expired", List.of()));
    assertTrue(refused.getMessage().contains("HTTP 403"), refused.getMessage());
  }

  private List<String> otherRequests() {
    return seen.stream().filter(s -> s.startsWith("other:")).toList();
  }

  private HttpServer server() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return server;
  }

  private static String origin(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange x, int status, byte[] body, String type) throws IOException {
    try (x) {
      String auth = x.getRequestHeaders().getFirst("Authorization");
      seen.add(auth == null ? x.getRequestURI().toString() : auth);
      Exchanges.answer(x, status, type, body);
    }
  }

  private void redirect(HttpExchange x, String location) throws IOException {
    try (x) {
      seen.add(x.getRequestURI().toString());
      x.getResponseHeaders().add("Location", location);
      x.sendResponseHeaders(302, -1);
    }
  }

  private void chunked(HttpExchange x) throws IOException {
    try (x) {
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 64; i++) {
          out.write(new byte[256]);
          out.flush();
        }
      } catch (IOException closedByTheClient) {
        // expected: the client stops reading at the cap
      }
    }
  }

  private void stall(HttpExchange x, boolean beforeHeaders) throws IOException {
    try (x) {
      if (!beforeHeaders) {
        x.sendResponseHeaders(200, 100);
        x.getResponseBody().write(new byte[10]);
        x.getResponseBody().flush();
      }
      Thread.sleep(8000);
    } catch (InterruptedException | IOException e) {
      // the client gave up
    }
  }
}
