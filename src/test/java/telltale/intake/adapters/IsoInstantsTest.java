package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The field-by-field reading gives what {@link OffsetDateTime#parse} gives, value or refusal, for
 * date-times near the common shape: valid and invalid fields, fractions of 0 to 10 digits, and the
 * offsets ISO allows and some it does not.
 */
class IsoInstantsTest {
  @Property(tries = 5000)
  void readsAsTheJavaFormatterDoes(@ForAll("dateTimes") String text) {
    assertEquals(formatter(text), ours(text), text);
  }

  @Test
  void theCommonShapeIsReadWithoutTheFormatter() {
    for (String text :
        new String[] {
          "2026-03-01T09:30:00Z",
          "2026-03-01T09:30:00.123Z",
          "2026-03-01T09:30:00.123456789+05:30",
          "1999-12-31T23:59:59-08:00"
        }) {
      assertNotNull(IsoInstants.common(text), text);
      assertEquals(OffsetDateTime.parse(text).toInstant(), IsoInstants.common(text), text);
    }
  }

  @Provide
  Arbitrary<String> dateTimes() {
    Arbitrary<String> date = fields(9999, 13, 32, "%04d-%02d-%02d");
    Arbitrary<String> time = fields(25, 61, 61, "%02d:%02d:%02d");
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10).map(f -> "." + f);
    Arbitrary<String> offset =
        Arbitraries.of(
            "Z",
            "z",
            "+00:00",
            "-00:00",
            "+05:30",
            "-08:00",
            "+18:00",
            "+18:01",
            "+19:00",
            "+5:30",
            "+0530",
            "+05",
            "+05:30:15",
            "",
            "Q",
            "+05:3x",
            " Z");
    Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "t", " ");
    return Combinators.combine(
            date, separator, time, fraction.injectNull(0.5).map(f -> f == null ? "" : f), offset)
        .as((d, t, c, f, o) -> d + t + c + f + o);
  }

  /** Three numbers from 0 to their maximum (some beyond what ISO allows), formatted. */
  private static Arbitrary<String> fields(int first, int second, int third, String format) {
    return Combinators.combine(
            Arbitraries.integers().between(0, first),
            Arbitraries.integers().between(0, second),
            Arbitraries.integers().between(0, third))
        .as((a, b, c) -> String.format(format, a, b, c));
  }

  private static String ours(String text) {
    try {
      return IsoInstants.parse(text).toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  private static String formatter(String text) {
    try {
      Instant instant = OffsetDateTime.parse(text).toInstant();
      return instant.toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}
