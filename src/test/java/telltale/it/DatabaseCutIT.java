package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL taken away in the middle of a stream of signed deliveries, the senders retrying each
 * delivery until it is acknowledged, as ATS senders do. The link is cut under the COMMIT of a
 * delivery, so one delivery is in flight with an outcome the service cannot know. While the
 * database is away the service answers 503 with Retry-After and nothing else; once it is back it is
 * ready again by itself and every delivery has exactly one screening, none lost, none doubled.
 */
class DatabaseCutIT {
  static final int DELIVERIES = 60;
  static final int SENDERS = 4;
  static final int ACKNOWLEDGED_BEFORE_CUT = 8;
  static final Duration OUTAGE = Duration.ofSeconds(4);
  static final Duration PACE = Duration.ofMillis(150);
  static final Duration RETRY = Duration.ofMillis(250);
  static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);
  static String database;
  static TcpProxy proxy;
  static PayaraServer server;

  @BeforeAll
  static void oneInstanceOnPostgresBehindALinkThatCanBeCut() throws IOException {
    Credentials.adminByDefault();
    database =
        Postgres.freshDatabase(System.getProperty("it.postgres.database", "telltale_it") + "_cut");
    proxy = new TcpProxy(Postgres.PORT);
    server =
        PayaraServer.start(
            "db-cut",
            Credentials.with(
                Map.of(
                    "telltale.datasource.url",
                    // statements as text on the wire, so the proxy can see a delivery's COMMIT
                    "jdbc:postgresql://127.0.0.1:"
                        + proxy.port()
                        + "/"
                        + database
                        + "?prepareThreshold=0",
                    "telltale.datasource.user",
                    Postgres.USER,
                    "telltale.datasource.password",
                    "unused-with-trust",
                    "telltale.linkage.secret",
                    StorageIT.SECRET,
                    "telltale.webhooks.generic.secret",
                    Signing.GENERIC_SECRET,
                    "telltale.data.dir",
                    DataDirs.fresh("db-cut"))));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) server.close();
    if (proxy != null) proxy.close();
  }

  /** What the service answered to one attempt; status 0 when it gave no answer at all. */
  record Answer(int status, String retryAfter, String code, String screening) {
    boolean acknowledged() {
      return status / 100 == 2;
    }

    boolean askedToRetryForStorage() {
      return status == 503 && "storage_unavailable".equals(code) && retryAfter != null;
    }
  }

  static String profile(int i) {
    return "{\"candidateId\":\"cut-"
        + i
        + "\",\"name\":{\"first\":\"Sam\",\"last\":\"Cut"
        + i
        + "\"},"
        + "\"phones\":[\"+1 212 555 "
        + String.format("%04d", 1000 + i)
        + "\"],\"location\":{\"country\":\"US\"}}";
  }

  static Answer send(int i) {
    try {
      var response =
          Signing.deliver(server.base().toString(), "msg_cut_" + i, profile(i)).extract();
      boolean json = response.contentType() != null && response.contentType().contains("json");
      return new Answer(
          response.statusCode(),
          response.header("Retry-After"),
          json ? response.path("code") : null,
          json ? response.path("screening") : null);
    } catch (RuntimeException e) {
      // REST Assured rethrows a refused or reset connection unchecked: the service never answered
      return new Answer(0, null, e.toString(), null);
    }
  }

  /** Sends one delivery until a 2xx comes back; every answer is recorded; returns the screening. */
  static String deliverUntilAcknowledged(int i, Queue<Answer> answers) throws InterruptedException {
    while (true) {
      Answer answer = send(i);
      answers.add(answer);
      if (answer.acknowledged()) {
        return answer.screening();
      }
      Thread.sleep(RETRY.toMillis()); // sooner than Retry-After, to keep the test short
    }
  }

  @Test
  void whileTheDatabaseIsAwayDeliveriesGet503AndOnceBackEachIsScreenedExactlyOnce()
      throws Exception {
    Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicReferenceArray<String> screeningOf = new AtomicReferenceArray<>(DELIVERIES);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger acknowledged = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    boolean cutUnderACommit;
    int acknowledgedBeforeCut;
    int readinessWhileCut;
    try {
      List<Future<Void>> streams = new ArrayList<>();
      for (int s = 0; s < SENDERS; s++) {
        streams.add(
            senders.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < DELIVERIES; i = next.getAndIncrement()) {
                    screeningOf.set(i, deliverUntilAcknowledged(i, answers));
                    acknowledged.incrementAndGet();
                    Thread.sleep(PACE.toMillis()); // a stream, not a burst
                  }
                  return null;
                }));
      }
      awaitAtLeast(acknowledged, ACKNOWLEDGED_BEFORE_CUT);
      proxy.cutAtCommitOf("INSERT INTO webhook_delivery");
      try {
        cutUnderACommit = proxy.awaitCutAtCommit(30, TimeUnit.SECONDS);
        acknowledgedBeforeCut = acknowledged.get();
        Thread.sleep(OUTAGE.toMillis() / 2);
        readinessWhileCut = readiness();
        Thread.sleep(OUTAGE.toMillis() / 2);
      } finally {
        proxy.restore();
      }
      assertReadyAgainWithin(RECOVERY_LIMIT);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      for (Future<Void> stream : streams) {
        stream.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      senders.shutdownNow();
    }

    assertTrue(cutUnderACommit, "the link must be cut under the COMMIT of a delivery");
    assertTrue(
        acknowledgedBeforeCut < DELIVERIES,
        "the cut must fall in the middle of the stream, not after it");
    assertTrue(
        answers.stream().anyMatch(Answer::askedToRetryForStorage),
        "deliveries sent while the database was away must have been answered 503");
    List<Answer> unexpected =
        answers.stream().filter(a -> !a.acknowledged() && !a.askedToRetryForStorage()).toList();
    assertEquals(
        List.of(), unexpected, "only 2xx, or 503 storage_unavailable with Retry-After, may come");
    assertEquals(503, readinessWhileCut, "not ready while the database is away");

    for (int i = 0; i < DELIVERIES; i++) {
      List<String> screenings =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=generic&candidateId=cut-" + i)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      assertEquals(
          List.of(screeningOf.get(i)),
          screenings,
          "delivery " + i + " must have exactly the screening its acknowledgement named");
    }
    assertEquals(DELIVERIES, Postgres.count(database, "SELECT COUNT(*) FROM screening"));
    assertEquals(DELIVERIES, Postgres.count(database, "SELECT COUNT(*) FROM webhook_delivery"));
    assertEquals(
        DELIVERIES,
        Postgres.count(
            database,
            "SELECT COUNT(*) FROM webhook_delivery d JOIN screening s ON s.id = d.screening_id"),
        "every recorded delivery points at its screening");
  }

  static void awaitAtLeast(AtomicInteger count, int wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (count.get() < wanted) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + count.get() + " deliveries acknowledged before the cut");
      }
      Thread.sleep(20);
    }
  }

  static int readiness() {
    return given().baseUri(server.base().toString()).get("/health/ready").statusCode();
  }

  static void assertReadyAgainWithin(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (readiness() != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not ready again within " + limit + " of the database's return");
      }
      Thread.sleep(250);
    }
  }
}
