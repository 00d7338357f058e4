package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.meetings.entity.Participant;

/** Only the candidate's records are kept; interviewers and other attendees are dropped. */
class CandidateRecordsTest {
  static final Participant INTERVIEWER =
      record("u-1", "p-1", "lee@employer.example", "203.0.113.20", "Logitech BRIO");
  static final Participant CANDIDATE = record("", "p-2", "", "198.51.100.20", "OBS Virtual Camera");
  static final Participant CANDIDATE_REJOINED =
      record("", "p-2", "", "198.51.100.21", "OBS Virtual Camera");
  static final Participant OBSERVER = record("", "p-3", "", "192.0.2.7", "FaceTime HD Camera");

  static Participant record(String id, String uuid, String email, String ip, String camera) {
    return new Participant(
        id,
        uuid,
        email,
        ip,
        null,
        "Wifi",
        "Mac",
        camera,
        null,
        null,
        null,
        Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void theCandidatesEmailPicksTheirRecords() {
    Participant byMail = record("", "p-4", "dana@example.com", "198.51.100.9", "Camo");
    assertEquals(
        List.of(byMail),
        CandidateRecords.of(
            List.of(INTERVIEWER, byMail, OBSERVER), "dana@example.com"::equals, false));
  }

  @Test
  void inARegisteredMeetingTheOneGuestIsTheCandidateWithEveryJoin() {
    assertEquals(
        List.of(CANDIDATE, CANDIDATE_REJOINED),
        CandidateRecords.of(List.of(INTERVIEWER, CANDIDATE, CANDIDATE_REJOINED), e -> false, true));
  }

  @Test
  void twoGuestsCannotBeToldApartSoNothingIsUsed() {
    assertEquals(
        List.of(),
        CandidateRecords.of(List.of(INTERVIEWER, CANDIDATE, OBSERVER), e -> false, true));
  }

  @Test
  void anUnregisteredMeetingNeedsTheEmail() {
    assertEquals(
        List.of(), CandidateRecords.of(List.of(INTERVIEWER, CANDIDATE), e -> false, false));
  }
}
