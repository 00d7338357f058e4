package telltale.database;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A work table used as a durable queue that several instances share: the fetch jobs, the footprint
 * reads and the meeting reads. A row waits in status {@code queued} until its {@code
 * next_attempt_at}; {@link #claim} takes due rows with FOR UPDATE SKIP LOCKED (instances never wait
 * on each other's rows) and leases them by moving {@code next_attempt_at} ahead, so a row whose
 * worker crashed is claimed again when the lease runs out. The worker then finishes the row in the
 * transaction that used its result (the owner's own UPDATE of the status, guarded by {@code status
 * = 'queued'}), or puts it back with {@link #later}.
 *
 * <p>Table and column names are constants of the owning store, never input.
 */
public record LeasedQueue(String table, Duration lease) {
  private static final Pattern NAME = Pattern.compile("[a-z_]+");
  private static final Pattern COLUMNS = Pattern.compile("id(,\\s*[a-z_]+)*");

  public LeasedQueue {
    if (!NAME.matcher(table).matches() || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a queue needs a table name and a positive lease");
    }
  }

  /**
   * Claims up to {@code limit} due rows and leases them, in the caller's transaction (which should
   * be a short one of its own, so the lease is visible at once). Each row holds the given columns,
   * of which the first is {@code id}.
   */
  public List<Object[]> claim(EntityManager em, String columns, Instant now, int limit) {
    if (!COLUMNS.matcher(columns).matches()) {
      throw new IllegalArgumentException("columns start with id and are comma-separated names");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + columns
                    + " FROM "
                    + table
                    + " WHERE status = 'queued' AND next_attempt_at <= ?1"
                    + " ORDER BY next_attempt_at FETCH FIRST "
                    + Math.max(1, limit)
                    + " ROWS ONLY FOR UPDATE SKIP LOCKED")
            .setParameter(1, ResultValues.utc(now))
            .getResultList();
    if (rows.isEmpty()) {
      return rows;
    }
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      ids.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    var lease =
        em.createNativeQuery(
                "UPDATE " + table + " SET next_attempt_at = ?1 WHERE id IN (" + ids + ")")
            .setParameter(1, ResultValues.utc(now.plus(this.lease)));
    for (int i = 0; i < rows.size(); i++) {
      lease.setParameter(i + 2, rows.get(i)[0]);
    }
    lease.executeUpdate();
    return rows;
  }

  /**
   * Due again at {@code next}, counted as an attempt or not (a platform's rate limit is not); only
   * while the row is still queued. Runs in the caller's transaction.
   */
  public void later(EntityManager em, String id, Instant next, boolean countAttempt) {
    em.createNativeQuery(
            "UPDATE "
                + table
                + " SET attempts = attempts + ?1, next_attempt_at = ?2"
                + " WHERE id = ?3 AND status = 'queued'")
        .setParameter(1, countAttempt ? 1 : 0)
        .setParameter(2, ResultValues.utc(next))
        .setParameter(3, id)
        .executeUpdate();
  }
}
