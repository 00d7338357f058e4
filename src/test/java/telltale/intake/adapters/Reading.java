package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import telltale.intake.WebhookFixtures;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/** Reads fixtures and hand-made bodies through the adapters, and checks the profiles they give. */
final class Reading {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final Jsonb JSONB = JsonbBuilder.create();

  private Reading() {}

  static Intake fixture(Ats ats, String name) {
    WebhookFixtures.Signed request = WebhookFixtures.signed(ats, name);
    return Adapters.forAts(ats).read(request.delivery(), request.json());
  }

  static Intake.Candidate candidate(Ats ats, String name) {
    return assertInstanceOf(Intake.Candidate.class, fixture(ats, name));
  }

  /** A hand-made body with these headers, read as the resource would after verification. */
  static Intake body(Ats ats, JsonObject body, Map<String, List<String>> headers) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    Delivery delivery = new Delivery(ats, "acme", headers, bytes, WebhookFixtures.SENT_AT);
    return Adapters.forAts(ats).read(delivery, body);
  }

  static Intake body(Ats ats, JsonObject body) {
    return body(ats, body, Map.of());
  }

  static void assertValid(CandidateProfile profile) {
    var violations = VALIDATOR.validate(profile);
    assertTrue(violations.isEmpty(), violations::toString);
  }

  static String json(Object value) {
    return JSONB.toJson(value);
  }
}
