package telltale.database;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How many rows of a work table wait in the given statuses and how long the oldest has waited: the
 * depth and age of a queue (fetch jobs, the write-back outbox), for metrics.
 */
public record Backlog(long rows, Duration oldest) {
  public static final Backlog EMPTY = new Backlog(0, Duration.ZERO);

  /**
   * Counts one table's rows in the statuses; the table and statuses are constants of the caller.
   */
  public static Backlog of(EntityManager em, String table, List<String> statuses, Instant now) {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < statuses.size(); i++) {
      in.append(i == 0 ? "?" : ", ?").append(i + 1);
    }
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*), MIN(created_at) FROM " + table + " WHERE status IN (" + in + ")");
    for (int i = 0; i < statuses.size(); i++) {
      query.setParameter(i + 1, statuses.get(i));
    }
    Object[] row = (Object[]) query.getSingleResult();
    long rows = ResultValues.number(row[0]);
    Instant first = ResultValues.instant(row[1]);
    return new Backlog(rows, first == null ? Duration.ZERO : Duration.between(first, now));
  }
}
