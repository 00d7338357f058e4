package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.PersonName;
import telltale.profile.Stage;
import telltale.profile.Submission;

class LeverAdapterTest {
  @Test
  void applicationCreatedCarriesIdsOnlyAndNamesTheOpportunityToFetch() {
    Intake.Candidate read = Reading.candidate(Ats.lever, "application_created");
    assertEquals("0a8f1c2d3e4b5a69788796a5b4c3d2e1:1794323045000", read.deliveryId());
    assertEquals("applicationCreated", read.event());
    assertEquals(List.of("opportunity:250d8f03-738a-4bba-a671-8a3d73477145"), read.fetch());
    CandidateProfile profile = read.profile();
    assertEquals("250d8f03-738a-4bba-a671-8a3d73477145", profile.candidateId());
    assertEquals("d0c3b2a1-0000-4a4a-8b8b-111122223333", profile.applicationId());
    assertEquals(Stage.application, profile.stage());
    assertNull(profile.name());
    Reading.assertValid(profile);
  }

  @Test
  void aSignedPayloadWithoutAnOpportunityIsTheConnectionTest() {
    assertEquals(
        new Intake.Handshake(200, Map.of(), "lever connection test"),
        Reading.fixture(Ats.lever, "connection_test"));
  }

  @Test
  void interviewEventsAreIgnored() {
    assertEquals(
        new Intake.Ignored("99887766554433221100ffeeddccbbaa:1794323045000", "interviewCreated"),
        Reading.fixture(Ats.lever, "interview_created"));
  }

  @Test
  void theFetchedOpportunity() {
    CandidateProfile fetched =
        LeverAdapter.fromOpportunity(
            AshbyAdapterTest.parse(WebhookFixtures.body(Ats.lever, "opportunity")));
    assertEquals("250d8f03-738a-4bba-a671-8a3d73477145", fetched.candidateId());
    assertEquals("d0c3b2a1-0000-4a4a-8b8b-111122223333", fetched.applicationId());
    assertEquals(new PersonName("Amara", "Nwosu"), fetched.name());
    assertEquals(List.of("amara.nwosu@example.ng"), fetched.emails());
    assertEquals(List.of("+234 803 555 0101"), fetched.phones());
    assertEquals(
        List.of(
            new Link(Link.Site.linkedin, "https://www.linkedin.com/in/amaranwosu"),
            new Link(Link.Site.github, "https://github.com/anwosu"),
            new Link(Link.Site.portfolio, "https://amara.example.ng")),
        fetched.links());
    assertEquals(Stage.application, fetched.stage());
    assertEquals(
        new Submission(Instant.ofEpochMilli(1794322445000L), null, null, "Job site"),
        fetched.application());
    Reading.assertValid(fetched);
  }
}
