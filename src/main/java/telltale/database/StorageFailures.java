package telltale.database;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.util.Locale;
import javax.transaction.xa.XAException;

/** Reads a persistence failure: a duplicate key, or the database being out of reach. */
public final class StorageFailures {
  private StorageFailures() {}

  /** SQLState 23505 on H2 and PostgreSQL alike. */
  public static boolean isDuplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Connection refused, lost or not allocatable, or a commit the database never confirmed:
   * transient, worth a 503 and a retry.
   */
  public static boolean isUnavailable(Throwable failure) {
    return isLostCommit(failure) || isOutOfReach(failure);
  }

  /**
   * The database failed under the COMMIT (the connection dropped): whether the transaction was kept
   * is unknown. The transaction manager reports a SystemException caused by the resource's
   * XAException, which keeps only the message of the driver's error, so the pair is recognised by
   * type.
   */
  public static boolean isLostCommit(Throwable failure) {
    boolean fromTransactionManager = false;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      fromTransactionManager |= t instanceof SystemException;
      if (fromTransactionManager && t instanceof XAException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutOfReach(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("57")
            || state.startsWith("53")
            || state.equals("HYT00")) {
          return true;
        }
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      String type = t.getClass().getName();
      if (message.contains("allocating a connection")
          || message.contains("connection refused")
          || message.contains("this connection has been closed")
          || type.endsWith("ResourceAllocationException")
          || type.endsWith("PoolingException")) {
        return true;
      }
    }
    return false;
  }
}
