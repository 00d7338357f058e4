package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.meetings.control.ScheduledRounds.Ranked;
import telltale.meetings.entity.Platform;
import telltale.meetings.entity.ScheduledMeeting;

/** Which platform an ATS's meeting link names, and the round its start time gives it. */
class ScheduledRoundsTest {
  static final String ZOOM = "https://us02web.zoom.us/j/85746065432?pwd=x7Yz";
  static final String TEAMS =
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d";
  static final String MEET = "https://meet.google.com/abc-defg-hij?authuser=0";
  static final List<PlatformApi> PLATFORMS = List.of(new ZoomApi(), new TeamsApi(), new MeetApi());

  static ScheduledMeeting at(String link, String start) {
    return new ScheduledMeeting(link, start == null ? null : Instant.parse(start));
  }

  @Test
  void eachPlatformsJoinLinkIsRecognisedByThatPlatformOnly() {
    for (String link : List.of(ZOOM, TEAMS, MEET)) {
      long recognising = PLATFORMS.stream().filter(api -> api.meetingKey(link).isPresent()).count();
      assertEquals(1, recognising, link);
    }
    assertEquals(
        List.of(
            new Ranked(Platform.zoom, "85746065432", 1, Instant.parse("2026-12-01T10:00:00Z")),
            new Ranked(
                Platform.teams,
                TeamsMeetingKeys.parse(TEAMS).orElseThrow(),
                2,
                Instant.parse("2026-12-02T10:00:00Z")),
            new Ranked(Platform.meet, "abc-defg-hij", 3, Instant.parse("2026-12-03T10:00:00Z"))),
        ScheduledRounds.rank(
            List.of(
                at(ZOOM, "2026-12-01T10:00:00Z"),
                at(TEAMS, "2026-12-02T10:00:00Z"),
                at(MEET, "2026-12-03T10:00:00Z")),
            PLATFORMS));
  }

  @Test
  void roundsFollowTheStartTimeNotTheOrderTheAtsListedThem() {
    List<Ranked> ranked =
        ScheduledRounds.rank(
            List.of(
                at(MEET, "2026-12-09T09:00:00Z"),
                at("https://zoom.us/j/91234567890", null),
                at(ZOOM, "2026-12-01T15:00:00Z")),
            PLATFORMS);
    assertEquals(
        List.of(
            new Ranked(Platform.zoom, "85746065432", 1, Instant.parse("2026-12-01T15:00:00Z")),
            new Ranked(Platform.meet, "abc-defg-hij", 2, Instant.parse("2026-12-09T09:00:00Z")),
            new Ranked(Platform.zoom, "91234567890", 3, null)),
        ranked);
  }

  @Test
  void linksNoPlatformReadsTakeNoRoundAndARepeatedRoomIsOneMeeting() {
    List<Ranked> ranked =
        ScheduledRounds.rank(
            List.of(
                at("https://acme.webex.com/meet/lee", "2026-12-01T09:00:00Z"),
                at("85746065432", "2026-12-01T10:00:00Z"),
                at(ZOOM, "2026-12-02T10:00:00Z"),
                at("https://zoom.us/j/85746065432", "2026-12-03T10:00:00Z"),
                at("https://meet.google.com/", "2026-12-04T10:00:00Z"),
                at(MEET, "2026-12-05T10:00:00Z")),
            PLATFORMS);
    assertEquals(
        List.of(
            new Ranked(Platform.zoom, "85746065432", 1, Instant.parse("2026-12-02T10:00:00Z")),
            new Ranked(Platform.meet, "abc-defg-hij", 2, Instant.parse("2026-12-05T10:00:00Z"))),
        ranked);
  }

  @Test
  void aPolledMeetingBeyondThePollingTimeWaitsForALaterDelivery() {
    PlatformApi meet =
        new MeetApi() {
          @Override
          public Optional<Polling> polling() {
            return Optional.of(new Polling(Duration.ofMinutes(15), Duration.ofDays(14)));
          }
        };
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    Ranked soon = new Ranked(Platform.meet, "abc-defg-hij", 1, now.plus(Duration.ofDays(13)));
    Ranked late = new Ranked(Platform.meet, "abc-defg-hij", 1, now.plus(Duration.ofDays(15)));
    Ranked undated = new Ranked(Platform.meet, "abc-defg-hij", 1, null);
    assertFalse(ScheduledRounds.beyondPolling(soon, meet, now));
    assertTrue(ScheduledRounds.beyondPolling(late, meet, now));
    assertFalse(ScheduledRounds.beyondPolling(undated, meet, now));
    Ranked zoomLate = new Ranked(Platform.zoom, "85746065432", 1, now.plus(Duration.ofDays(60)));
    assertFalse(
        ScheduledRounds.beyondPolling(zoomLate, new ZoomApi(), now), "Zoom's end is announced");
  }
}
