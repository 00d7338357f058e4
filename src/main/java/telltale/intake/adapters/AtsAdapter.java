package telltale.intake.adapters;

import jakarta.json.JsonObject;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

/**
 * Reads one ATS's authenticated webhook payload tolerantly (unknown fields ignored, missing ones
 * allowed) and says what it is: a handshake, an event without a candidate change, or a candidate to
 * screen. Demographic blocks (EEOC and the like) are never read.
 */
public interface AtsAdapter {
  Ats ats();

  Intake read(Delivery delivery, JsonObject body);
}
