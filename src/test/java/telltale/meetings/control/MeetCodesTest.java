package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person may paste as a Google Meet meeting, and the code as the Reports API logs it. */
class MeetCodesTest {
  static Stream<Arguments> pasted() {
    return Stream.of(
        Arguments.of("abc-defg-hij", "abc-defg-hij"),
        Arguments.of(" ABC-DEFG-HIJ ", "abc-defg-hij"),
        Arguments.of("abcdefghij", "abc-defg-hij"),
        Arguments.of("https://meet.google.com/abc-defg-hij", "abc-defg-hij"),
        Arguments.of("https://meet.google.com/abc-defg-hij?authuser=0&hs=122", "abc-defg-hij"),
        Arguments.of("meet.google.com/fpx-hjkq-qfh", "fpx-hjkq-qfh"),
        Arguments.of("https://meet.google.com.evil.example/abc-defg-hij", null),
        Arguments.of("https://evil.example/abc-defg-hij", null),
        Arguments.of("https://meet.google.com/lookup/interviews", null),
        Arguments.of("abc-defg-hi", null),
        Arguments.of("85746065432", null),
        Arguments.of("not a meeting", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pasted")
  void readsTheMeetingCode(String given, String expected) {
    assertEquals(Optional.ofNullable(expected), MeetCodes.parse(given));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pasted")
  void theReportsApiLogsItUpperCaseWithoutHyphens(String given, String expected) {
    if (expected != null) {
      assertEquals(10, MeetCodes.logged(expected).length());
      assertEquals(expected.replace("-", "").toUpperCase(), MeetCodes.logged(expected));
    }
  }
}
