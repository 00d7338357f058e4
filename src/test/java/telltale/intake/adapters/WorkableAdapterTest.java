package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.Link;
import telltale.profile.Location;
import telltale.profile.PersonName;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;
import telltale.profile.Submission;

class WorkableAdapterTest {
  final Intake.Candidate read = Reading.candidate(Ats.workable, "candidate_created");
  final CandidateProfile profile = read.profile();

  @Test
  void theDeliveryIsTheEnvelopeId() {
    assertEquals("4f9f3d2c1b", read.deliveryId());
    assertEquals("candidate_created", read.event());
    assertEquals(List.of("resume-file:https://workable.s3.amazonaws.com/resume.pdf"), read.fetch());
  }

  @Test
  void theFullCandidate() {
    assertEquals("ce4da98", profile.candidateId());
    assertEquals(Stage.application, profile.stage());
    assertEquals("Frontend Engineer", profile.role().title());
    assertEquals(new PersonName("Mara", "Lindqvist"), profile.name());
    assertEquals(List.of("mara.lindqvist@example.se"), profile.emails());
    assertEquals(List.of("+46 70 123 45 67"), profile.phones());
    assertEquals(new Location("Stockholm", "Stockholm County", "SE", null), profile.location());
    assertEquals(
        List.of(
            new PostalAddress(
                PostalAddress.Use.home,
                List.of("Storgatan 12", "114 51 Stockholm"),
                null,
                null,
                null,
                null)),
        profile.addresses());
    assertEquals(
        List.of(
            new Link(Link.Site.linkedin, "https://se.linkedin.com/in/maralindqvist"),
            new Link(Link.Site.github, "https://github.com/mlq")),
        profile.links());
    assertEquals(
        List.of(new Employment("Spotify", null, "Frontend Developer", "2017-09", null, List.of())),
        profile.employment());
    assertEquals(
        List.of(
            new Education(
                "KTH Royal Institute of Technology",
                "MSc, Computer Science",
                "2012-08",
                "2017-06")),
        profile.education());
    assertEquals(
        new Submission(Instant.parse("2026-11-10T15:04:05Z"), null, null, "linkedin.com"),
        profile.application());
    Reading.assertValid(profile);
  }

  @Test
  void screeningAnswersAreNeverRead() {
    String json = Reading.json(profile);
    assertFalse(json.contains("gender"), json);
    assertFalse(json.contains("Female"), json);
  }

  @Test
  void employeeEventsAreIgnored() {
    assertEquals(
        new Intake.Ignored("7a7b7c7d7e", "employee_created"),
        Reading.fixture(Ats.workable, "employee_created"));
  }
}
