package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Link;
import telltale.profile.PersonName;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;

class JazzHrAdapterTest {
  final Intake.Candidate read = Reading.candidate(Ats.jazzhr, "candidate_export");
  final CandidateProfile profile = read.profile();

  @Test
  void theDeliveryIsTheHashOfTheBodySoExactRetriesDedupe() {
    assertTrue(read.deliveryId().matches("sha256:[0-9a-f]{64}"), read.deliveryId());
    assertEquals(read.deliveryId(), Reading.candidate(Ats.jazzhr, "candidate_export").deliveryId());
    assertEquals("CANDIDATE-EXPORT", read.event());
    assertEquals(List.of("resume-file:https://app.jazz.co/files/3301"), read.fetch());
  }

  @Test
  void theHrOpenCandidate() {
    assertEquals("48213377", profile.candidateId());
    assertEquals("90817", profile.applicationId());
    assertEquals(Stage.interview, profile.stage());
    assertEquals("QA Engineer", profile.role().title());
    assertEquals(new PersonName("Priya", "Raman"), profile.name());
    assertEquals(List.of("priya.raman@example.com"), profile.emails());
    assertEquals(List.of("(614) 555-0148"), profile.phones());
    assertEquals(
        List.of(
            new PostalAddress(
                PostalAddress.Use.home,
                List.of("88 Broad Street"),
                "Columbus",
                "OH",
                "43215",
                null)),
        profile.addresses());
    assertEquals(
        List.of(
            new Link(Link.Site.portfolio, "https://priyaraman.example.com"),
            new Link(Link.Site.linkedin, "https://www.linkedin.com/in/priya-raman")),
        profile.links());
    assertEquals(
        List.of(new Education(null, "Bachelor's Degree", null, null)), profile.education());
    Reading.assertValid(profile);
  }

  @Test
  void genderCitizenshipAndEeoAnswersNeverReachTheProfile() {
    String json = Reading.json(profile);
    for (String value : List.of("Female", "Atlantis", "Asian", "veteran", "Tamil", "eeo")) {
      assertFalse(json.contains(value), value + " leaked into " + json);
    }
  }

  @Test
  void theVerifyEventIsAHandshakeByHeaderOrByBody() {
    Intake.Handshake verify = new Intake.Handshake(200, Map.of(), "jazzhr verify");
    assertEquals(verify, Reading.fixture(Ats.jazzhr, "verify"));
    var signed = WebhookFixtures.signed(Ats.jazzhr, "verify").withoutHeader("X-JazzHR-Event");
    assertEquals(verify, Adapters.forAts(Ats.jazzhr).read(signed.delivery(), signed.json()));
  }

  @Test
  void otherEventsAreIgnored() {
    Intake read =
        Reading.body(
            Ats.jazzhr,
            Json.createObjectBuilder().add("candidate", Json.createObjectBuilder()).build(),
            Map.of("X-JazzHR-Event", List.of("SOMETHING-NEW")));
    assertEquals("SOMETHING-NEW", ((Intake.Ignored) read).event());
  }
}
