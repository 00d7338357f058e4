package telltale.profile;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resume dates: "2019" or "2019-04". A bare year counts as its first month when compared. */
public final class PartialDate {
  public static final String PATTERN = "(19\\d\\d|20\\d\\d|2100)(-(0[1-9]|1[0-2]))?";
  public static final String MESSAGE =
      "must be a year (2019) or a year and month (2019-04), in the years 1900 to 2100";
  private static final Pattern FORM = Pattern.compile(PATTERN);

  private PartialDate() {}

  public static Optional<YearMonth> parse(String value) {
    if (value == null || !FORM.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        value.length() == 4 ? YearMonth.of(Integer.parseInt(value), 1) : YearMonth.parse(value));
  }
}
