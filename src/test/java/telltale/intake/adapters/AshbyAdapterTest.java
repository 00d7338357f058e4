package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.Link;
import telltale.profile.Location;
import telltale.profile.PersonName;
import telltale.profile.Stage;
import telltale.profile.Submission;

class AshbyAdapterTest {
  final Intake.Candidate read = Reading.candidate(Ats.ashby, "application_submit");
  final CandidateProfile profile = read.profile();

  @Test
  void theDeliveryIsTheActionIdAndAction() {
    assertEquals("6d1c6c1e-2a55-4d3b-8d9a-1b2c3d4e5f60:applicationSubmit", read.deliveryId());
    assertEquals("applicationSubmit", read.event());
  }

  @Test
  void whatTheWebhookCarries() {
    assertEquals("c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b", profile.candidateId());
    assertEquals("a8e1f2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b", profile.applicationId());
    assertEquals(Stage.application, profile.stage());
    assertEquals("Platform Engineer", profile.role().title());
    assertEquals(new PersonName("Jordan Lee", "Park"), profile.name());
    assertEquals(List.of("jordan.park@example.com"), profile.emails());
    assertEquals(List.of("+1 (415) 555-0172"), profile.phones());
    assertEquals(
        new Submission(
            Instant.parse("2026-11-10T15:04:05.123Z"),
            "198.51.100.23",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0"
                + " Safari/537.36",
            "Careers page"),
        profile.application());
    assertFalse(Reading.json(profile).contains("Atlantean"), "custom fields are not read");
    Reading.assertValid(profile);
  }

  @Test
  void socialLinksAndTheResumeMustBeFetched() {
    assertEquals(List.of("candidate:c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b"), read.fetch());
  }

  @Test
  void theFullCandidateFromCandidateInfo() {
    JsonObject response = parse(WebhookFixtures.body(Ats.ashby, "candidate_info"));
    CandidateProfile full = AshbyAdapter.fromCandidateInfo(response);
    assertEquals("c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b", full.candidateId());
    assertEquals(List.of("jordan.park@example.com", "jpark@work.example.org"), full.emails());
    assertEquals(List.of("+1 (415) 555-0172", "+82 10-5555-0199"), full.phones());
    assertEquals(
        List.of(
            new Link(Link.Site.linkedin, "https://www.linkedin.com/in/jordanleepark"),
            new Link(Link.Site.github, "https://github.com/jlpark"),
            new Link(Link.Site.portfolio, "https://jlpark.example.net"),
            new Link(Link.Site.other, "https://twitter.com/jlpark")),
        full.links());
    assertEquals(
        new Location("San Francisco", "California", null, "America/Los_Angeles"), full.location());
    assertEquals(
        List.of(new Employment("Contoso Cloud", null, "Staff Engineer", null, null, List.of())),
        full.employment());
    assertEquals(
        List.of(new Education("Seoul National University", null, null, null)), full.education());
    assertEquals(full, AshbyAdapter.fromCandidateInfo(response.getJsonObject("results")));
    assertEquals(Optional.of("abc"), AshbyAdapter.resumeHandle(response));
    Reading.assertValid(full);
  }

  @Test
  void pingIsAHandshakeAndJobEventsAreIgnored() {
    assertEquals(
        new Intake.Handshake(200, Map.of(), "ashby ping"), Reading.fixture(Ats.ashby, "ping"));
    assertEquals(
        new Intake.Ignored("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a10:jobCreate", "jobCreate"),
        Reading.fixture(Ats.ashby, "job_create"));
  }

  static Stream<Arguments> stages() {
    return Stream.of(
        Arguments.of("applicationUpdate", "Lead", "Sourced", Stage.application),
        Arguments.of("candidateStageChange", "Active", "Technical Screen", Stage.interview),
        Arguments.of("candidateStageChange", "Offer", "Offer", Stage.offer),
        Arguments.of("candidateStageChange", "Archived", "Archived", null),
        Arguments.of("candidateHire", "Hired", "Hired", Stage.onboarding),
        Arguments.of("candidateStageChange", "Custom", "Onsite interview", Stage.interview));
  }

  @ParameterizedTest
  @MethodSource("stages")
  void theStageFollowsTheInterviewStageType(
      String action, String type, String title, Stage expected) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("webhookActionId", "w-1")
            .add("action", action)
            .add(
                "data",
                Json.createObjectBuilder()
                    .add(
                        "application",
                        Json.createObjectBuilder()
                            .add("id", "a-1")
                            .add("candidate", Json.createObjectBuilder().add("id", "c-1"))
                            .add(
                                "currentInterviewStage",
                                Json.createObjectBuilder().add("type", type).add("title", title))))
            .build();
    Intake.Candidate candidate = (Intake.Candidate) Reading.body(Ats.ashby, body);
    assertEquals(expected, candidate.profile().stage());
    assertEquals("w-1:" + action, candidate.deliveryId());
  }

  static JsonObject parse(byte[] bytes) {
    try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }

  @Test
  void anInterviewScheduleCarriesOnlyItsMeetingLinksAndStartTimes() {
    Intake.Scheduled scheduled =
        (Intake.Scheduled) Reading.fixture(Ats.ashby, "interview_schedule_create");
    assertEquals(
        "0f6b1c2d-7e8f-4a9b-8c1d-2e3f4a5b6c7d:interviewScheduleCreate", scheduled.deliveryId());
    assertEquals(null, scheduled.candidateId());
    assertEquals("a8e1f2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b", scheduled.applicationId());
    assertEquals(
        List.of(
            new ScheduledMeeting(
                "https://us06web.zoom.us/j/83310244567?pwd=bXlQd2xZ",
                Instant.parse("2026-12-02T16:00:00Z")),
            new ScheduledMeeting(
                "https://meet.google.com/kbz-qmxw-tcd", Instant.parse("2026-12-01T16:00:00Z"))),
        scheduled.meetings());
    assertFalse(Reading.json(scheduled).contains("caea4d97"), "no interviewer is read");
  }

  @Test
  void anUpdateNamesTheCandidateAndACancelledScheduleNoMeeting() {
    JsonObject body = WebhookFixtures.signed(Ats.ashby, "interview_schedule_create").json();
    JsonObject schedule = body.getJsonObject("data").getJsonObject("interviewSchedule");
    JsonObject update =
        Json.createObjectBuilder(body)
            .add("action", "interviewScheduleUpdate")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add(
                        "interviewSchedule",
                        Json.createObjectBuilder(schedule)
                            .add("candidateId", "c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b")))
            .build();
    Intake.Scheduled updated = (Intake.Scheduled) Reading.body(Ats.ashby, update);
    assertEquals("c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b", updated.candidateId());
    assertEquals(2, updated.meetings().size());
    JsonObject cancelled =
        Json.createObjectBuilder(update)
            .add(
                "data",
                Json.createObjectBuilder()
                    .add(
                        "interviewSchedule",
                        Json.createObjectBuilder(schedule).add("status", "Cancelled")))
            .build();
    assertEquals(List.of(), ((Intake.Scheduled) Reading.body(Ats.ashby, cancelled)).meetings());
  }
}
