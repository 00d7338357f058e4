package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person may paste as a Zoom meeting. */
class ZoomMeetingIdsTest {
  static Stream<Arguments> pasted() {
    return Stream.of(
        Arguments.of("85746065432", "85746065432"),
        Arguments.of(" 857 4606 5432 ", "85746065432"),
        Arguments.of("857-4606-5432", "85746065432"),
        Arguments.of("https://us02web.zoom.us/j/85746065432?pwd=abc123", "85746065432"),
        Arguments.of("https://zoom.us/j/85746065432", "85746065432"),
        Arguments.of("https://example.zoomgov.com/wc/join/1617098765", "1617098765"),
        Arguments.of("https://zoom.us.evil.example/j/85746065432", null),
        Arguments.of("https://teams.microsoft.com/l/meetup-join/19%3a", null),
        Arguments.of("1234", null),
        Arguments.of("not a meeting", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pasted")
  void readsTheMeetingNumber(String given, String expected) {
    assertEquals(Optional.ofNullable(expected), ZoomMeetingIds.parse(given));
  }
}
