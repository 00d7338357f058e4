package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.Link;
import telltale.profile.Location;
import telltale.profile.PersonName;
import telltale.profile.Stage;
import telltale.profile.Submission;

class SmartRecruitersAdapterTest {
  @Test
  void anApplicationEventCarriesIdsAndNamesTheResourceToFetch() {
    Intake.Candidate read = Reading.candidate(Ats.smartrecruiters, "application_created");
    assertEquals("9b2f6c1e-4d3a-4e5f-8a7b-6c5d4e3f2a19", read.deliveryId());
    assertEquals("application.created", read.event());
    assertEquals("a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab", read.profile().candidateId());
    assertEquals(Stage.application, read.profile().stage());
    assertEquals(
        List.of(
            "application:https://api.smartrecruiters.com/candidates/a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab/jobs/3d3b5a3e-52b2-4c4d-9a1e-27f0d3c2b1a0"),
        read.fetch());
    Reading.assertValid(read.profile());
  }

  @Test
  void aCandidateEventNamesTheCandidateToFetch() {
    Intake.Candidate read = Reading.candidate(Ats.smartrecruiters, "candidate_created");
    assertEquals("a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab", read.profile().candidateId());
    assertNull(read.profile().stage());
    assertEquals(
        List.of(
            "candidate:https://api.smartrecruiters.com/candidates/a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab"),
        read.fetch());
  }

  @Test
  void jobEventsAreIgnored() {
    assertEquals(
        new Intake.Ignored("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "job.updated"),
        Reading.fixture(Ats.smartrecruiters, "job_updated"));
  }

  @Test
  void activationEchoesTheHookSecret() {
    Intake read =
        Reading.body(
            Ats.smartrecruiters,
            Json.createObjectBuilder().build(),
            Map.of("X-Hook-Secret", List.of("4jn8fs9011jj8")));
    assertEquals(
        new Intake.Handshake(
            200, Map.of("X-Hook-Secret", "4jn8fs9011jj8"), "smartrecruiters activation"),
        read);
  }

  @Test
  void anActivationSecretThatIsNoPlainTokenIsNotEchoed() {
    Intake read =
        Reading.body(
            Ats.smartrecruiters,
            Json.createObjectBuilder().build(),
            Map.of("x-hook-secret", List.of("abc\r\nSet-Cookie: x=1")));
    assertEquals(
        new Intake.Handshake(400, Map.of(), "smartrecruiters activation with an unusable secret"),
        read);
  }

  @Test
  void theFetchedCandidate() {
    CandidateProfile fetched =
        SmartRecruitersAdapter.fromApplication(
            AshbyAdapterTest.parse(WebhookFixtures.body(Ats.smartrecruiters, "candidate")));
    assertEquals("a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab", fetched.candidateId());
    assertEquals(new PersonName("Tomasz", "Nowak"), fetched.name());
    assertEquals(List.of("tomasz.nowak@example.pl"), fetched.emails());
    assertEquals(List.of("+48 600 100 200"), fetched.phones());
    assertEquals(new Location("Warszawa", "Mazowieckie", "PL", null), fetched.location());
    assertEquals(
        List.of(
            new Link(Link.Site.linkedin, "https://pl.linkedin.com/in/tnowak"),
            new Link(Link.Site.portfolio, "https://tnowak.dev")),
        fetched.links());
    assertEquals(
        List.of(new Employment("Allegro", null, "Backend Developer", "2015-07", null, List.of())),
        fetched.employment());
    assertEquals(
        List.of(
            new Education(
                "Warsaw University of Technology", "MSc, Computer Science", "2010-10", "2015-06")),
        fetched.education());
    assertEquals("Backend Engineer", fetched.role().title());
    assertEquals(Stage.application, fetched.stage());
    assertEquals(
        new Submission(Instant.parse("2026-11-10T15:04:05Z"), null, null, null),
        fetched.application());
    Reading.assertValid(fetched);
  }
}
