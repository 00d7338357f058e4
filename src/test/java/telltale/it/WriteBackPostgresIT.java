package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL dispatch one outbox: every item is sent exactly once although
 * both claim at the same time, and a slow vendor keeps claims in flight while the other looks.
 */
class WriteBackPostgresIT {
  static final int CANDIDATES = 24;
  static String database;
  static VendorStub greenhouse;
  static PayaraServer a;
  static PayaraServer b;

  @BeforeAll
  static void twoInstancesOnOnePostgres() {
    Credentials.adminByDefault();
    database =
        Postgres.freshDatabase(System.getProperty("it.postgres.database", "telltale_it") + "_wb");
    greenhouse = VendorStub.start();
    greenhouse.answerSlowly(Duration.ofMillis(40));
    Map<String, String> settings = new HashMap<>(WriteBackIT.fastDispatch());
    settings.put("telltale.writeback.dispatch-interval-ms", "100");
    settings.put("telltale.writeback.batch-size", "3");
    settings.put(
        "telltale.datasource.url", "jdbc:postgresql://127.0.0.1:" + Postgres.PORT + "/" + database);
    settings.put("telltale.datasource.user", Postgres.USER);
    settings.put("telltale.datasource.password", "unused-with-trust");
    settings.put("telltale.linkage.secret", StorageIT.SECRET);
    settings.put("telltale.data.dir", DataDirs.fresh("writeback-pg"));
    settings.put("telltale.writeback.greenhouse.url", greenhouse.url("/v1"));
    settings.put("telltale.writeback.greenhouse.api-key", "gh-key");
    settings.put("telltale.writeback.greenhouse.acting-user", "4080");
    a = PayaraServer.start("writeback-pg-a", Credentials.with(settings));
    b = PayaraServer.start("writeback-pg-b", Credentials.with(settings));
  }

  @AfterAll
  static void stop() {
    if (a != null) a.close();
    if (b != null) b.close();
    if (greenhouse != null) greenhouse.close();
  }

  @Test
  void twoInstancesSendEveryItemOnce() {
    WriteBackSystem onA = new WriteBackSystem(a.base());
    WriteBackSystem onB = new WriteBackSystem(b.base());
    List<String> screenings = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      WriteBackSystem target = i % 2 == 0 ? onA : onB;
      screenings.add(
          target.screen(WriteBackSystem.profile("greenhouse", "pg-wb-" + i, "Engineer", "Agency")));
    }
    screenings.forEach(id -> onB.awaitItems(id, "delivered", 2));
    WriteBackSystem.sleep(1000);

    Map<String, Long> notes =
        greenhouse.requests(r -> r.path().endsWith("/activity_feed/notes")).stream()
            .collect(Collectors.groupingBy(VendorStub.Request::path, Collectors.counting()));
    Map<String, Long> applied =
        greenhouse.requests(r -> r.method().equals("PUT")).stream()
            .collect(Collectors.groupingBy(VendorStub.Request::path, Collectors.counting()));
    assertEquals(CANDIDATES, notes.size(), notes.toString());
    assertEquals(CANDIDATES, applied.size(), applied.toString());
    assertTrue(notes.values().stream().allMatch(n -> n == 1), "a note sent twice: " + notes);
    assertTrue(applied.values().stream().allMatch(n -> n == 1), "a tag applied twice: " + applied);
    assertEquals(
        2L * CANDIDATES,
        Postgres.count(
            database, "SELECT COUNT(*) FROM writeback_outbox WHERE status = 'delivered'"));
    assertEquals(
        2L * CANDIDATES,
        Postgres.count(database, "SELECT COUNT(*) FROM audit_log WHERE action = 'written_back'"));
  }
}
