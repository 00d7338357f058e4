package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.PersonName;
import telltale.profile.Stage;
import telltale.profile.Submission;

class RecruiteeAdapterTest {
  final Intake.Candidate read = Reading.candidate(Ats.recruitee, "candidate_moved");
  final CandidateProfile profile = read.profile();

  @Test
  void theMovedCandidate() {
    assertTrue(read.deliveryId().matches("sha256:[0-9a-f]{64}"), read.deliveryId());
    assertEquals("candidate_moved", read.event());
    assertEquals("41234567", profile.candidateId());
    assertEquals(Stage.interview, profile.stage());
    assertEquals("Site Reliability Engineer", profile.role().title());
    assertEquals(new PersonName("Lukas", "Becker"), profile.name());
    assertEquals(List.of("lukas.becker@example.de"), profile.emails(), "duplicates removed");
    assertEquals(List.of("+49 30 555 01234"), profile.phones());
    assertEquals(
        List.of(
            new Link(Link.Site.linkedin, "https://www.linkedin.com/in/lukasbecker"),
            new Link(Link.Site.github, "https://github.com/lbecker")),
        profile.links());
    assertEquals(
        new Submission(Instant.parse("2026-11-03T09:00:00Z"), null, null, "Careers site"),
        profile.application());
    Reading.assertValid(profile);
  }

  @Test
  void theTestButtonIsAHandshakeAndSoAreExamplePayloads() {
    assertEquals(
        new Intake.Handshake(200, Map.of(), "recruitee test"),
        Reading.fixture(Ats.recruitee, "test"));
    var example =
        Json.createObjectBuilder()
            .add("test", true)
            .add("event_type", "candidate_created")
            .add(
                "payload",
                Json.createObjectBuilder()
                    .add("candidate", Json.createObjectBuilder().add("id", 1)))
            .build();
    assertEquals(RecruiteeAdapter.TEST, Reading.body(Ats.recruitee, example));
  }

  @Test
  void offerEventsAreIgnored() {
    assertEquals(
        "offer_created",
        ((Intake.Ignored) Reading.fixture(Ats.recruitee, "offer_created")).event());
  }
}
