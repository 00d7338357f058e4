package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the service in the middle of a stream of signed deliveries, the sender retrying each
 * delivery until it is acknowledged, as ATS senders do: afterwards every delivery has exactly one
 * screening.
 */
class CrashIT {
  static final int DELIVERIES = 60;
  static final int WARM = 8;

  @BeforeAll
  static void credentials() {
    Credentials.adminByDefault();
  }

  static String profile(int i) {
    return "{\"candidateId\":\"crash-"
        + i
        + "\",\"name\":{\"first\":\"Sam\",\"last\":\"Crash"
        + i
        + "\"},"
        + "\"phones\":[\"+1 212 555 "
        + String.format("%04d", 1000 + i)
        + "\"],\"location\":{\"country\":\"US\"}}";
  }

  /** Sends one delivery until a 2xx comes back, to whichever server is current. */
  static String deliverUntilAcknowledged(AtomicReference<URI> current, int i)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var answer =
            Signing.deliver(current.get().toString(), "msg_crash_" + i, profile(i)).extract();
        if (answer.statusCode() / 100 == 2) {
          return answer.path("status");
        }
      } catch (Exception e) {
        // refused, reset or no answer while the service is down (REST Assured rethrows the
        // checked IOException unchecked): retry, as a vendor would
      }
      Thread.sleep(300);
    }
    throw new AssertionError("delivery " + i + " was never acknowledged");
  }

  @Test
  void everyAcknowledgedDeliveryHasExactlyOneScreeningAfterAKillDashNine() throws Exception {
    Map<String, String> settings =
        Credentials.with(
            Map.of(
                "telltale.data.dir",
                DataDirs.fresh("crash"),
                "telltale.webhooks.generic.secret",
                Signing.GENERIC_SECRET));
    PayaraServer first = PayaraServer.start("crash-before", settings);
    AtomicReference<URI> current = new AtomicReference<>(first.base());
    ExecutorService sender = Executors.newFixedThreadPool(4);
    List<Future<String>> acks = new ArrayList<>();
    Set<URI> acknowledgedBy = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < WARM; i++) { // the first deliveries also warm the service up
      deliverUntilAcknowledged(current, i);
      acknowledgedBy.add(current.get());
    }
    for (int i = WARM; i < DELIVERIES; i++) {
      int n = i;
      acks.add(
          sender.submit(
              () -> {
                Thread.sleep(50L * ((n - WARM) / 4)); // a stream, not a burst
                String status = deliverUntilAcknowledged(current, n);
                acknowledgedBy.add(current.get());
                return status;
              }));
    }
    Thread.sleep(400); // some of the stream is screened, some in flight, some not yet sent
    first.kill();
    try (PayaraServer again = PayaraServer.start("crash-after", settings)) {
      current.set(again.base());
      for (Future<String> ack : acks) {
        assertTrue(List.of("screened", "duplicate").contains(ack.get()));
      }
      sender.shutdown();
      assertEquals(2, acknowledgedBy.size(), "the kill must fall in the middle of the stream");
      for (int i = 0; i < DELIVERIES; i++) {
        List<Object> screenings =
            given()
                .baseUri(again.base().toString())
                .get("/api/v1/screenings?ats=generic&candidateId=crash-" + i)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        assertEquals(1, screenings.size(), "delivery " + i + " → " + screenings);
      }
    }
  }
}
