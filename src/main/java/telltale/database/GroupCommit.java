package telltale.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes committed writes durable before they are acknowledged, in groups.
 *
 * <p>The embedded H2 writes committed transactions to its file in the background, every half
 * second; a process killed in between loses them although the sender was told they were kept.
 * Writing the file at every commit instead (WRITE_DELAY=0) cost a third of a screening's time and
 * grew the file by about 100 KB per commit under load. Here a request that changed something waits,
 * before its answer, for the next write of the file ({@code CHECKPOINT}), which one waiting request
 * performs for all that committed before it began. PostgreSQL makes every commit durable itself, so
 * there nothing waits.
 */
@ApplicationScoped
public class GroupCommit {
  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "telltale.datasource.url")
  String url;

  private final Object lock = new Object();

  /** File writes begun and finished; a write covers every commit made before it began. */
  private long begun;

  private long finished;
  private boolean writing;

  /**
   * Whether commits here need the wait: H2 embedded in this process with its data in a file (an H2
   * server over tcp/ssl writes its own file, and in-memory data has no file).
   */
  public boolean needed() {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:h2:")
        && !lower.startsWith("jdbc:h2:mem:")
        && !lower.startsWith("jdbc:h2:tcp:")
        && !lower.startsWith("jdbc:h2:ssl:");
  }

  /**
   * Returns once everything committed before the call is in the database file.
   *
   * @throws SQLException when the file could not be written; what was committed may be lost
   */
  public void awaitDurable() throws SQLException, InterruptedException {
    if (!needed()) {
      return;
    }
    long round;
    synchronized (lock) {
      // a write already under way may have begun before this caller's commit: wait for the next
      long needed = begun + 1;
      while (writing && finished < needed) {
        lock.wait();
      }
      if (finished >= needed) {
        return;
      }
      writing = true;
      round = ++begun;
    }
    boolean written = false;
    try {
      checkpoint();
      written = true;
    } finally {
      synchronized (lock) {
        writing = false;
        if (written) {
          finished = round;
        }
        lock.notifyAll();
      }
    }
  }

  private void checkpoint() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    }
  }
}
