package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.api.ClientCredentials;
import telltale.testing.Exchanges;

/**
 * Reading an application's interviews through Harvest v3 against a local token endpoint and API: a
 * refused secret is the caller's refusal naming the settings (the API never asked), a token the API
 * refuses is renewed once, and a 429 keeps its Retry-After for the job's retry.
 */
class GreenhouseV3ReadTest {
  HttpServer server;
  final List<String> asked = new CopyOnWriteArrayList<>();
  final ConcurrentLinkedQueue<Integer> apiStatuses = new ConcurrentLinkedQueue<>();
  volatile int tokenStatus = 200;
  int issued;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            asked.add(exchange.getRequestMethod() + " " + path);
            int status;
            String body;
            if (path.equals("/token")) {
              status = tokenStatus;
              body =
                  status == 200
                      ? "{\"access_token\":\"t" + (++issued) + "\",\"expires_in\":3600}"
                      : "{\"error\":\"invalid_client\"}";
            } else {
              Integer next = apiStatuses.poll();
              status = next == null ? 200 : next;
              body =
                  status == 200
                      ? "[{\"starts_at\":\"2026-12-03T15:00:00Z\","
                          + "\"video_conferencing_url\":\"https://zoom.us/j/85746065432\"}]"
                      : "{}";
              if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "7");
              }
            }
            Exchanges.answer(exchange, status, "application/json", body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  int read() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    FetchConfig.Access access =
        new FetchConfig.Access(
            base + "/v3",
            null,
            new ClientCredentials.Grant(URI.create(base + "/token"), "id", "secret", null));
    return VendorApis.greenhouseScheduledInterviews("71980812", access, new ClientCredentials())
        .size();
  }

  @Test
  void aRefusedSecretIsARefusalNamingTheSettingsAndTheApiIsNeverAsked() {
    tokenStatus = 401;
    VendorApis.Refused refused = assertThrows(VendorApis.Refused.class, this::read);
    assertEquals(401, refused.status());
    assertTrue(refused.fix().contains("client-id and .client-secret"), refused.fix());
    assertEquals(List.of("POST /token"), asked);
  }

  @Test
  void aTokenTheApiRefusesIsRenewedOnce() {
    apiStatuses.add(401);
    assertEquals(1, read());
    assertEquals(
        List.of("POST /token", "GET /v3/interviews", "POST /token", "GET /v3/interviews"), asked);
  }

  @Test
  void aMissingScopeIsARefusalSayingSo() {
    apiStatuses.add(403);
    VendorApis.Refused refused = assertThrows(VendorApis.Refused.class, this::read);
    assertEquals(403, refused.status());
    assertTrue(refused.fix().contains("scope to list interviews"), refused.fix());
  }

  @Test
  void a429KeepsItsRetryAfterForTheJob() {
    apiStatuses.add(429);
    WebApplicationException limited = assertThrows(WebApplicationException.class, this::read);
    assertEquals(429, limited.getResponse().getStatus());
    assertEquals("7", limited.getResponse().getHeaderString("Retry-After"));
  }
}
