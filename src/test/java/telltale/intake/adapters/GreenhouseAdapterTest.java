package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.Link;
import telltale.profile.PersonName;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;
import telltale.profile.Submission;

class GreenhouseAdapterTest {
  final Intake.Candidate read = Reading.candidate(Ats.greenhouse, "new_candidate_application");
  final CandidateProfile profile = read.profile();

  @Test
  void theDeliveryIsIdentifiedByGreenhouseEventId() {
    assertEquals("4c4d5c2e-6f0b-4c1e-9a51-0b8e2d6a7f10", read.deliveryId());
    assertEquals("new_candidate_application", read.event());
    assertEquals(
        List.of(
            "scheduled-interviews:71980812",
            "resume-file:https://prod-heroku.s3.amazonaws.com/resume.pdf?X-Amz-Signature=abc"),
        read.fetch());
  }

  @Test
  void identityAndStage() {
    assertEquals("60304594", profile.candidateId());
    assertEquals("71980812", profile.applicationId());
    assertEquals(Ats.greenhouse, profile.ats());
    assertEquals(Stage.application, profile.stage());
    assertEquals("Senior Backend Engineer", profile.role().title());
    assertEquals(new PersonName("Renée", "Okafor"), profile.name());
  }

  @Test
  void contactDetailsAsGivenWithTheUnreadableEmailDropped() {
    assertEquals(List.of("renee.okafor@example.com"), profile.emails());
    assertEquals(List.of("+1 512-555-0143", "555-0199 ext 4"), profile.phones());
    assertEquals(
        List.of(
            new PostalAddress(
                PostalAddress.Use.home,
                List.of("1204 Elm Street", "Apt 5", "Austin, TX 78701"),
                null,
                null,
                null,
                null)),
        profile.addresses());
  }

  @Test
  void linksAreRecognisedByTheirHost() {
    assertEquals(
        List.of(
            new Link(Link.Site.portfolio, "https://renee.dev"),
            new Link(Link.Site.github, "https://github.com/reneeokafor"),
            new Link(Link.Site.linkedin, "https://www.linkedin.com/in/renee-okafor")),
        profile.links());
  }

  @Test
  void historyDatesBecomeYearMonthAndUnreadableOnesAreDropped() {
    assertEquals(
        List.of(
            new Employment(
                "Lakeside Payments", null, "Senior Software Engineer", "2020-02", null, List.of()),
            new Employment(
                "Northwind Traders", null, "Software Engineer", "2013-07", null, List.of())),
        profile.employment());
    assertEquals(
        List.of(
            new Education(
                "University of Texas at Austin",
                "Bachelor's Degree, Computer Science",
                "2009-09",
                "2013-05")),
        profile.education());
  }

  @Test
  void theApplicationCarriesTimeAndSource() {
    assertEquals(
        new Submission(Instant.parse("2026-11-10T15:04:05Z"), null, null, "LinkedIn (Prospecting)"),
        profile.application());
    Reading.assertValid(profile);
  }

  @Test
  void theEeocBlockAndProtectedCustomFieldsNeverReachTheProfile() {
    String json = Reading.json(profile);
    for (String value :
        List.of("Hispanic", "Latino", "Female", "veteran", "disability", "Atlantis", "eeoc")) {
      assertFalse(json.contains(value), value + " leaked into " + json);
    }
  }

  @Test
  void thePingIsAHandshake() {
    assertEquals(
        new Intake.Handshake(200, Map.of(), "greenhouse ping"),
        Reading.fixture(Ats.greenhouse, "ping"));
  }

  @Test
  void jobEventsAreIgnoredWithTheirDeliveryId() {
    assertEquals(
        new Intake.Ignored("0f5b8a8e-1d1c-4f0e-8d7e-3c2b1a090807", "job_created"),
        Reading.fixture(Ats.greenhouse, "job_created"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "delete_candidate",
        "offer_created",
        "office_deleted",
        "department_deleted",
        "merge_candidate"
      })
  void eventsWithoutACandidateToScreenAreIgnored(String action) {
    var body =
        Json.createObjectBuilder()
            .add("action", action)
            .add("payload", Json.createObjectBuilder())
            .build();
    assertEquals(action, ((Intake.Ignored) Reading.body(Ats.greenhouse, body)).event());
  }

  @Test
  void withoutAnEventIdTheDeliveryIsIdentifiedByActionApplicationAndActivity() {
    var body = stageChange("candidate_stage_change", "Onsite Interview");
    Intake.Candidate read = (Intake.Candidate) Reading.body(Ats.greenhouse, body);
    assertEquals("candidate_stage_change:265277:2015-02-09T16:38:36Z", read.deliveryId());
    assertEquals(Stage.interview, read.profile().stage());
  }

  static Stream<Arguments> stages() {
    return Stream.of(
        Arguments.of("new_prospect_application", "Application Review", Stage.application),
        Arguments.of("hire_candidate", "Offer", Stage.onboarding),
        Arguments.of("candidate_stage_change", "Offer", Stage.offer),
        Arguments.of("candidate_stage_change", "Preliminary Phone Screen", Stage.interview),
        Arguments.of("application_updated", "Face to Face", null));
  }

  @ParameterizedTest
  @MethodSource("stages")
  void theStageFollowsTheEventOrTheStageName(String action, String stageName, Stage expected) {
    var body = stageChange(action, stageName);
    assertEquals(
        expected, ((Intake.Candidate) Reading.body(Ats.greenhouse, body)).profile().stage());
  }

  static JsonObject stageChange(String action, String stageName) {
    return Json.createObjectBuilder()
        .add("action", action)
        .add(
            "payload",
            Json.createObjectBuilder()
                .add(
                    "application",
                    Json.createObjectBuilder()
                        .add("id", 265277)
                        .add("last_activity_at", "2015-02-09T16:38:36Z")
                        .add("current_stage", Json.createObjectBuilder().add("name", stageName))
                        .add("candidate", Json.createObjectBuilder().add("id", 265772))))
        .build();
  }

  @Test
  void updateCandidateCarriesTheCandidateWithoutAnApplication() {
    var body =
        Json.createObjectBuilder()
            .add("action", "update_candidate")
            .add(
                "payload",
                Json.createObjectBuilder()
                    .add(
                        "candidate",
                        Json.createObjectBuilder()
                            .add("id", 15696179)
                            .add("first_name", "Ronald")
                            .add("company", "Example")
                            .add("title", "Director")))
            .build();
    CandidateProfile updated = ((Intake.Candidate) Reading.body(Ats.greenhouse, body)).profile();
    assertEquals("15696179", updated.candidateId());
    assertNull(updated.applicationId());
    assertEquals(
        List.of(new Employment("Example", null, "Director", null, null, List.of())),
        updated.employment());
  }
}
