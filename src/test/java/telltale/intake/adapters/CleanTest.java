package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.Link;

class CleanTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2019, 2019",
        "2019-04, 2019-04",
        "2019-4, 2019-04",
        "2019-04-17, 2019-04",
        "2019-04-17T08:00:00Z, 2019-04",
        "04/17/2019, 2019-04",
        "4/1/2019, 2019-04",
        "04/2019, 2019-04",
        "13/01/2019, null",
        "2019-00, null",
        "1850, null",
        "present, null",
        "null, null",
        "'', null"
      })
  void resumeDatesBecomeYearOrYearMonth(String given, String expected) {
    assertEquals(expected, Clean.partialDate(given));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "dana@example.com, dana@example.com",
        "'  Dana.Reyes+jobs@example.co.uk ', Dana.Reyes+jobs@example.co.uk",
        "dana@localhost, null",
        "dana@@example.com, null",
        "dana example.com, null",
        "dana@-example.com, null",
        ".dana@example.com, null",
        "null, null"
      })
  void emailsTheProfileAccepts(String given, String expected) {
    assertEquals(expected, Clean.email(given));
  }

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of(
            "https://www.linkedin.com/in/dana",
            "https://www.linkedin.com/in/dana",
            Link.Site.linkedin),
        Arguments.of("HTTPS://GitHub.com/dana", "https://GitHub.com/dana", Link.Site.github),
        Arguments.of("dana.github.io", "https://dana.github.io", Link.Site.github),
        Arguments.of("linkedin.com/in/dana", "https://linkedin.com/in/dana", Link.Site.linkedin),
        Arguments.of(
            "https://evil.example/linkedin.com/in/x",
            "https://evil.example/linkedin.com/in/x",
            Link.Site.portfolio),
        Arguments.of(
            "https://linkedin.com.evil.example/in/x",
            "https://linkedin.com.evil.example/in/x",
            Link.Site.portfolio),
        Arguments.of("https://user@github.com/x", "https://user@github.com/x", Link.Site.github),
        Arguments.of("https://x.com/dana", "https://x.com/dana", Link.Site.other),
        Arguments.of("dana.dev", "https://dana.dev", Link.Site.portfolio),
        Arguments.of("@dana", null, null),
        Arguments.of("javascript:alert(1)", null, null),
        Arguments.of("https://", null, null),
        Arguments.of("my site", null, null),
        Arguments.of(null, null, null));
  }

  @ParameterizedTest
  @MethodSource("urls")
  void linksBecomeHttpUrlsOfAKind(String given, String url, Link.Site kind) {
    assertEquals(url, Clean.url(given));
    if (url != null) {
      assertEquals(kind, Clean.linkKind(url, Link.Site.portfolio));
    }
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "203.0.113.7, 203.0.113.7",
        "2001:db8::1, 2001:db8::1",
        "999.1.1.1, null",
        "localhost, null",
        "example.com, null",
        "'', null"
      })
  void ipLiteralsOnly(String given, String expected) {
    assertEquals(expected, Clean.ip(given));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2026-11-10T15:04:05Z, 2026-11-10T15:04:05Z",
        "2026-11-10T15:04:05.123+01:00, 2026-11-10T14:04:05.123Z",
        "1794323045000, 2026-11-10T15:04:05Z",
        "1794323045, 2026-11-10T15:04:05Z",
        "2026-11-10 15:04:05, null",
        "yesterday, null"
      })
  void instants(String given, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), Clean.instant(given));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"us, US", "SE, SE", "Sweden, null", "u1, null"})
  void countryCodesOnly(String given, String expected) {
    assertEquals(expected, Clean.country(given));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"America/Chicago, America/Chicago", "Mars/Olympus, null", "CET, CET"})
  void timeZones(String given, String expected) {
    assertEquals(expected, Clean.timezone(given));
  }

  @ParameterizedTest
  @CsvSource({"abcdef, 4, abcd", "'  ab  ', 4, ab", "'ab cd', 3, ab"})
  void textIsStrippedAndCut(String given, int max, String expected) {
    assertEquals(expected, Clean.text(given, max));
  }

  @ParameterizedTest
  @MethodSource("controlCharacters")
  void eachControlCharacterBecomesASpaceAndNothingElseChanges(String given, String expected) {
    assertEquals(expected, Clean.text(given, 100));
  }

  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of("Dana\u0000Lee", "Dana Lee"),
        Arguments.of("Dana\tLee\r\n", "Dana Lee"),
        Arguments.of("Dana\u001fLee", "Dana Lee"),
        Arguments.of("Dana\u007fLee", "Dana Lee"),
        Arguments.of("Dana\u0085Lee\u009f", "Dana Lee"),
        Arguments.of("Dana\u00a0Lee", "Dana\u00a0Lee"),
        Arguments.of("Dana Lee ~ \u00e9\u4e2d", "Dana Lee ~ \u00e9\u4e2d"));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String emoji = "ab\uD83D\uDE00";
    assertEquals("ab", Clean.text(emoji, 3));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"us, US", "GB, GB", "XX, null", "UK, null", "USA, null", "null, null"})
  void countriesAreAssignedIsoCodes(String given, String expected) {
    assertEquals(expected, Clean.country(given));
  }

  @Test
  void controlCharactersATypedValueHoldsBecomeSpacesButAnIdKeepsThemForValidationToRefuse() {
    assertEquals("Dana  Reyes", Clean.text("Dana\u0000\tReyes\n", 200));
    assertEquals("host\u0000ile", Clean.id(" host\u0000ile ", 200));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2026-11-10T15:04:05Z, 2026-11-10T15:04:05Z",
        "-0001-01-01T00:00:00Z, null",
        "9999-12-31T23:59:59Z, null",
        "9999999999999, null"
      })
  void instantsOutsideTheYears1900To2100AreDropped(String given, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), Clean.instant(given));
  }
}
