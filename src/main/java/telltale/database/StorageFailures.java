package telltale.database;

import java.sql.SQLException;
import java.util.Locale;

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

  /** Connection refused, lost or not allocatable: transient, worth a 503 and a retry. */
  public static boolean isUnavailable(Throwable failure) {
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
