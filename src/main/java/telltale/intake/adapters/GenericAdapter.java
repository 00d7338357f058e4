package telltale.intake.adapters;

import jakarta.json.JsonObject;
import java.util.List;
import telltale.intake.entity.Delivery;
import telltale.json.JsonIntake;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Telltale's canonical profile as a Standard Webhook, read strictly from the raw bytes (a bad body
 * is the sender's 400, via ClientError); the delivery id is {@code webhook-id}.
 */
public final class GenericAdapter implements AtsAdapter {
  @Override
  public Ats ats() {
    return Ats.generic;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    CandidateProfile profile = JsonIntake.read(delivery.body(), CandidateProfile.class);
    String deliveryId =
        DeliveryIds.header(delivery, "webhook-id").orElseGet(() -> DeliveryIds.bodyHash(delivery));
    return new Intake.Candidate(deliveryId, "profile", profile, List.of());
  }
}
