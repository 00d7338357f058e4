package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Submission;

class AshbyFraudDataTest {
  static JsonArray array(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }

  static CandidateProfile candidate(Submission application) {
    return CandidateProfile.builder("c-1").ats(Ats.ashby).application(application).build();
  }

  @Test
  void theClientIpBecomesTheApplicationIpWithItsSource() {
    List<String> notes = new ArrayList<>();
    Submission had = new Submission(Instant.parse("2026-11-01T10:00:00Z"), null, null, "Careers");
    CandidateProfile read =
        AshbyFraudData.withClient(
            candidate(had),
            array(
                "[{\"ipAddress\":\"not an ip\"},"
                    + "{\"ipAddress\":\"203.0.113.7\",\"userAgent\":\"Mozilla/5.0\",\"city\":\"x\"}]"),
            notes);
    assertEquals("203.0.113.7", read.application().clientIp());
    assertEquals("Mozilla/5.0", read.application().userAgent());
    assertEquals(had.submittedAt(), read.application().submittedAt());
    assertEquals("Careers", read.application().source());
    assertTrue(notes.get(0).startsWith(AshbyFraudData.CLIENT), notes.toString());
  }

  @Test
  void anIpFromTheDeliveryStays() {
    List<String> notes = new ArrayList<>();
    Submission had = new Submission(null, "198.51.100.4", "curl", null);
    CandidateProfile read =
        AshbyFraudData.withClient(
            candidate(had), array("[{\"ipAddress\":\"203.0.113.7\"}]"), notes);
    assertEquals("198.51.100.4", read.application().clientIp());
    assertEquals(List.of(), notes);
  }

  @Test
  void ashbysChecksAreShownAsAshbysOneNoteASignal() {
    List<String> notes =
        AshbyFraudData.checks(
            array(
                "[{\"id\":\"fc-1\",\"signals\":[{\"category\":\"Network\",\"name\":\"VPN\","
                    + "\"description\":\"Applied through a VPN\",\"value\":true},"
                    + "{\"name\":\"Duplicate email\"}]}]"));
    assertEquals(
        List.of(
            "Ashby's fraud check: VPN (Network): Applied through a VPN [true]",
            "Ashby's fraud check: Duplicate email"),
        notes);
    assertEquals(
        List.of("Ashby's fraud check: none recorded for this candidate."),
        AshbyFraudData.checks(array("[]")));
  }
}
