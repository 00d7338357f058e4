package telltale.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Reads the values of native query results the same way on H2 and PostgreSQL: their drivers return
 * different Java types for TIMESTAMP WITH TIME ZONE and for integer columns.
 */
public final class ResultValues {
  private ResultValues() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
  }

  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
