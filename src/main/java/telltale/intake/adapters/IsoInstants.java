package telltale.intake.adapters;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads an ISO-8601 offset date-time exactly as {@link OffsetDateTime#parse} does. The shape every
 * ATS sends, {@code 2026-03-01T09:30:00[.fraction](Z|+hh:mm)}, is read field by field (the general
 * formatter was about a third of reading a Greenhouse payload in a profile); any other shape goes
 * to the formatter. Invalid fields throw {@link java.time.DateTimeException} either way.
 */
final class IsoInstants {
  private static final int[] NANO_SCALE = {
    1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private IsoInstants() {}

  static Instant parse(String text) {
    Instant quick = common(text);
    return quick != null ? quick : OffsetDateTime.parse(text).toInstant();
  }

  /** The common shape read field by field, or null for any other shape. */
  static Instant common(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 10 && isDigit(t.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length < 1 || length > 9) {
        return null;
      }
      nano = digits(t, start, i) * NANO_SCALE[length];
    }
    ZoneOffset offset;
    if (i == n - 1 && t.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int hours = digits(t, i + 1, i + 3);
      int minutes = digits(t, i + 4, i + 6);
      if ((hours | minutes) < 0) {
        return null;
      }
      int sign = t.charAt(i) == '-' ? -1 : 1;
      offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } else {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(offset);
  }

  /** The ASCII digits from start to end as a number, or -1 if any is not one. */
  private static int digits(String t, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
