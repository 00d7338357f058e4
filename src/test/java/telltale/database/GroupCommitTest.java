package telltale.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  /** A real H2 file database that counts the connections taken, one per CHECKPOINT. */
  static final class Counting implements DataSource {
    final JdbcDataSource h2 = new JdbcDataSource();
    final AtomicInteger taken = new AtomicInteger();

    Counting(Path dir) {
      h2.setURL("jdbc:h2:file:" + dir.resolve("t"));
      h2.setUser("sa");
    }

    @Override
    public Connection getConnection() throws SQLException {
      taken.incrementAndGet();
      return h2.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  static GroupCommit on(DataSource dataSource, String url) {
    GroupCommit commit = new GroupCommit();
    commit.dataSource = dataSource;
    commit.url = url;
    return commit;
  }

  @Test
  void onlyFileDatabasesWait() throws Exception {
    Counting db = new Counting(Files.createTempDirectory("group-commit"));
    GroupCommit postgres = on(db, "jdbc:postgresql://127.0.0.1:5432/telltale");
    postgres.awaitDurable();
    assertFalse(on(db, "jdbc:h2:mem:x").needed());
    assertFalse(on(db, "jdbc:h2:tcp://db.internal/telltale").needed());
    assertTrue(on(db, "jdbc:h2:./data/telltale").needed());
    assertTrue(on(db, "jdbc:h2:file:./data/telltale").needed());
    assertEquals(0, db.taken.get());
  }

  @Test
  void manyWaitingRequestsShareFewFileWritesAndEachGetsOneBegunAfterItArrived() throws Exception {
    Counting db = new Counting(Files.createTempDirectory("group-commit"));
    GroupCommit commit = on(db, "jdbc:h2:file:./unused");
    int callers = 64;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      done.add(
          pool.submit(
              () -> {
                go.await();
                commit.awaitDurable();
                return null;
              }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    int writes = db.taken.get();
    assertTrue(
        writes >= 1 && writes < callers, writes + " file writes for " + callers + " callers");
    // a caller alone gets a write of its own, never one that began before it arrived
    commit.awaitDurable();
    assertEquals(writes + 1, db.taken.get());
  }
}
