package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.meetings.entity.ScheduledMeeting;

/**
 * One Harvest v3 interview (and, for accounts still on a key, a v1 scheduled interview) read into a
 * meeting link and its start: v3's starts_at or all_day_start_on, v1's start object; no link or a
 * cancelled interview is nothing.
 */
class GreenhouseV3InterviewsTest {
  static final String ZOOM = "https://us02web.zoom.us/j/86123456789";

  static Stream<Arguments> interviews() {
    return Stream.of(
        Arguments.of(
            "{\"starts_at\":\"2026-11-30T14:58:00.000Z\",\"video_conferencing_url\":\""
                + ZOOM
                + "\",\"status\":\"awaiting_feedback\"}",
            Optional.of(new ScheduledMeeting(ZOOM, Instant.parse("2026-11-30T14:58:00Z")))),
        Arguments.of(
            "{\"starts_at\":null,\"all_day_start_on\":\"2026-12-08\",\"video_conferencing_url\":\""
                + ZOOM
                + "\",\"status\":\"scheduled\"}",
            Optional.of(new ScheduledMeeting(ZOOM, Instant.parse("2026-12-08T00:00:00Z")))),
        Arguments.of(
            "{\"start\":{\"date_time\":\"2026-11-27T15:00:00.000Z\"},\"video_conferencing_url\":\""
                + ZOOM
                + "\",\"status\":\"complete\"}",
            Optional.of(new ScheduledMeeting(ZOOM, Instant.parse("2026-11-27T15:00:00Z")))),
        Arguments.of(
            "{\"starts_at\":\"not a time\",\"video_conferencing_url\":\"" + ZOOM + "\"}",
            Optional.of(new ScheduledMeeting(ZOOM, null))),
        Arguments.of(
            "{\"starts_at\":\"2026-11-30T14:58:00Z\",\"video_conferencing_url\":null,"
                + "\"status\":\"skipped\"}",
            Optional.empty()),
        Arguments.of(
            "{\"starts_at\":\"2026-11-30T14:58:00Z\",\"video_conferencing_url\":\""
                + ZOOM
                + "\",\"status\":\"cancelled\"}",
            Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("interviews")
  void aMeetingLinkAndItsStart(String json, Optional<ScheduledMeeting> expected) {
    assertEquals(
        expected, VendorApis.scheduled(Json.createReader(new StringReader(json)).readObject()));
  }

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of("https://harvest.greenhouse.io/v3", "https://harvest.greenhouse.io/v3"),
        Arguments.of("https://harvest.greenhouse.io/v1", "https://harvest.greenhouse.io/v3"),
        Arguments.of("https://harvest.greenhouse.io/v2/", "https://harvest.greenhouse.io/v3"),
        Arguments.of("http://127.0.0.1:8089/v3/", "http://127.0.0.1:8089/v3"),
        Arguments.of(
            "https://proxy.example.com/greenhouse", "https://proxy.example.com/greenhouse"));
  }

  @ParameterizedTest
  @MethodSource("urls")
  void aHarvestUrlLeftOnV1OrV2IsReadAsV3(String configured, String used) {
    assertEquals(used, telltale.api.HarvestV3.url(configured));
  }
}
