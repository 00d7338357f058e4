package telltale.intake.adapters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.profile.CountryCode;
import telltale.profile.IpLiteral;
import telltale.profile.Link;
import telltale.profile.PlausibleDate;

/**
 * Turns a candidate's messy values into ones the canonical profile accepts, or into null: a webhook
 * is never refused for what the candidate typed. Every method is total.
 */
final class Clean {
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";
  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern EMAIL =
      Pattern.compile(ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+");
  private static final Pattern BARE_HOST =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}(:\\d{1,5})?([/?#]\\S*)?");
  private static final Pattern URL_HOST = Pattern.compile("https?://([^/?#:@\\s]+@)?([^/?#:\\s]+)");
  private static final List<String> SOCIAL =
      List.of(
          "twitter.com",
          "x.com",
          "facebook.com",
          "instagram.com",
          "youtube.com",
          "tiktok.com",
          "stackoverflow.com",
          "medium.com");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-\\d{1,2})?(?:[T ].*)?)?");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}|[\\u0080-\\u009F]");
  private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,10}");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(?:\\d{1,2}/)?(\\d{4})");

  private Clean() {}

  /**
   * Stripped text cut to at most {@code max} characters (never inside a surrogate pair), each
   * control character (NUL, tab, line break...) a space: what a candidate typed is kept readable.
   */
  static String text(String value, int max) {
    return id(value == null ? null : withoutControls(value), max);
  }

  /** The value with each control character a space; most values have none, so no regex runs. */
  private static String withoutControls(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return CONTROL.matcher(value).replaceAll(" ");
      }
    }
    return value;
  }

  /**
   * An ATS's id as it sent it, stripped and cut; a control character in it is not repaired (the
   * profile's validation refuses it), since another id would address another candidate.
   */
  static String id(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end).strip();
  }

  /**
   * An address Bean Validation's @Email accepts (a strict subset of it: ASCII domain with a dot),
   * at most 254 characters, or null.
   */
  static String email(String value) {
    String text = text(value, Integer.MAX_VALUE);
    if (text == null || text.length() > 254 || !EMAIL.matcher(text).matches()) {
      return null;
    }
    return text.indexOf('@') > 64 ? null : text;
  }

  /** An IPv4 or IPv6 literal, or null (host names are never resolved). */
  static String ip(String value) {
    String text = text(value, 45);
    return text != null && IpLiteral.parse(text).isPresent() ? text : null;
  }

  /** An ISO 3166-1 alpha-2 code in upper case, or null (country names are not guessed). */
  static String country(String value) {
    String text = text(value, 3);
    String code = text == null ? null : text.toUpperCase(Locale.ROOT);
    return code != null && CountryCode.CODES.contains(code) ? code : null;
  }

  /** An IANA time-zone name, or null. */
  static String timezone(String value) {
    String text = text(value, 100);
    return text != null && ZoneId.getAvailableZoneIds().contains(text) ? text : null;
  }

  /** An http(s) URL; a bare host such as "mysite.com/me" gains https://; anything else is null. */
  static String url(String value) {
    String text = text(value, 2000);
    if (text == null || text.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (HTTP_URL.matcher(lower).matches()) {
      return lower.substring(0, lower.indexOf(':')) + text.substring(lower.indexOf(':'));
    }
    return BARE_HOST.matcher(text).matches() ? text("https://" + text, 2000) : null;
  }

  /**
   * LinkedIn and GitHub by host, well-known social networks as other; otherwise the vendor's hint
   * (other or portfolio), else a portfolio.
   */
  static Link.Site linkKind(String url, Link.Site hint) {
    Matcher host = URL_HOST.matcher(url);
    String name = host.lookingAt() ? host.group(2).toLowerCase(Locale.ROOT) : "";
    if (name.equals("linkedin.com") || name.endsWith(".linkedin.com")) {
      return Link.Site.linkedin;
    }
    if (name.equals("github.com") || name.endsWith(".github.com") || name.endsWith(".github.io")) {
      return Link.Site.github;
    }
    if (SOCIAL.stream().anyMatch(social -> name.equals(social) || name.endsWith("." + social))) {
      return Link.Site.other;
    }
    return hint == null || hint == Link.Site.linkedin || hint == Link.Site.github
        ? Link.Site.portfolio
        : hint;
  }

  /**
   * A resume date as "YYYY" or "YYYY-MM": accepts ISO dates and date-times, "MM/DD/YYYY" and
   * "MM/YYYY"; anything else (or a month outside 1-12) is null.
   */
  static String partialDate(String value) {
    String text = text(value, 40);
    if (text == null) {
      return null;
    }
    Matcher iso = YEAR_MONTH.matcher(text);
    if (iso.matches()) {
      return yearMonth(iso.group(1), iso.group(2));
    }
    Matcher us = US_DATE.matcher(text);
    return us.matches() ? yearMonth(us.group(2), us.group(1)) : null;
  }

  /**
   * An ISO-8601 instant or offset date-time, or epoch seconds / milliseconds, in the years 1900 to
   * 2100; else null.
   */
  static Instant instant(String value) {
    String text = text(value, 64);
    if (text == null) {
      return null;
    }
    try {
      Instant instant;
      if (EPOCH_MILLIS.matcher(text).matches()) {
        instant = Instant.ofEpochMilli(Long.parseLong(text));
      } else if (EPOCH_SECONDS.matcher(text).matches()) {
        instant = Instant.ofEpochSecond(Long.parseLong(text));
      } else {
        instant = IsoInstants.parse(text);
      }
      return PlausibleDate.Years.plausible(instant.atOffset(ZoneOffset.UTC).getYear())
          ? instant
          : null;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static String yearMonth(String year, String month) {
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return null;
    }
    if (month == null) {
      return year;
    }
    int m = Integer.parseInt(month);
    return m >= 1 && m <= 12 ? year + (m < 10 ? "-0" : "-") + m : null;
  }
}
