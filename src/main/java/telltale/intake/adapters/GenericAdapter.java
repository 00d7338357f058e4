package telltale.intake.adapters;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import telltale.api.ClientError;
import telltale.intake.entity.Delivery;
import telltale.json.JsonIntake;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Telltale's canonical profile as a Standard Webhook, read strictly from the raw bytes (a bad body
 * is the sender's 400, via ClientError); the delivery id is {@code webhook-id}. An envelope {@code
 * {"type":"candidate.evidence","data":{"ats":...,"candidateId":...,<sections>}}} is later evidence
 * for a candidate already screened (an HR, payroll or MDM system), read as strictly.
 */
public final class GenericAdapter implements AtsAdapter {
  /** The event type of later evidence for a candidate already screened. */
  static final String EVIDENCE = "candidate.evidence";

  @Override
  public Ats ats() {
    return Ats.generic;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String deliveryId =
        DeliveryIds.header(delivery, "webhook-id").orElseGet(() -> DeliveryIds.bodyHash(delivery));
    if (body.get("type") instanceof JsonString type && EVIDENCE.equals(type.getString())) {
      return new Intake.Evidence(deliveryId, evidence(body));
    }
    CandidateProfile profile = JsonIntake.read(delivery.body(), CandidateProfile.class);
    return new Intake.Candidate(deliveryId, "profile", profile, List.of());
  }

  /** The envelope's data, read as a profile through the same strict reader and firewall. */
  private static CandidateProfile evidence(JsonObject body) {
    if (!(body.get("data") instanceof JsonObject data)
        || !(data.get("candidateId") instanceof JsonString)
        || !(data.get("ats") instanceof JsonString)) {
      throw new ClientError(
          400,
          "invalid_evidence",
          "A candidate.evidence event needs data with the candidate's ats and candidateId and the"
              + " profile sections to add.");
    }
    return JsonIntake.read(
        data.toString().getBytes(StandardCharsets.UTF_8), CandidateProfile.class);
  }
}
