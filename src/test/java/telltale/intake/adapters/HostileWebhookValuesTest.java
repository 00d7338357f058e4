package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.api.ConstraintViolationMapper;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * A delivery is not refused for what the candidate typed (control characters in a name become
 * spaces), but an ATS id holding one is: it would address another candidate, and PostgreSQL cannot
 * store it.
 */
class HostileWebhookValuesTest {
  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  static final String CANDIDATE = "/payload/application/candidate";

  static CandidateProfile read(JsonObject body) {
    return assertInstanceOf(Intake.Candidate.class, Reading.body(Ats.greenhouse, body)).profile();
  }

  static JsonObject greenhouse() {
    return WebhookFixtures.signed(Ats.greenhouse, "new_candidate_application").json();
  }

  @Test
  void aNameWithControlCharactersIsCleanedAndTheProfileIsValid() {
    CandidateProfile profile =
        read(
            Json.createPatchBuilder()
                .replace(CANDIDATE + "/first_name", "Re\u0000n\u001bée")
                .build()
                .apply(greenhouse()));
    assertEquals("Re n ée", profile.name().first());
    Reading.assertValid(profile);
  }

  @Test
  void anIdWithANulIsKeptSoValidationRefusesItByName() {
    CandidateProfile profile =
        read(
            Json.createPatchBuilder()
                .replace(CANDIDATE + "/id", "6030\u00004594")
                .build()
                .apply(greenhouse()));
    assertEquals(
        List.of("candidateId"),
        VALIDATOR.validate(profile).stream().map(ConstraintViolationMapper::field).toList());
  }
}
