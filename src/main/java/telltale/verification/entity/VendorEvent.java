package telltale.verification.entity;

import java.util.Optional;
import telltale.profile.PersonName;
import telltale.profile.Verification.Identity;

/**
 * What Telltale takes from one identity-verification event: its id (for de-duplication), its name,
 * the candidate it is about, the outcome, and the name the vendor verified. The name lives only
 * while the request is answered: it is compared with the candidate's name and dropped, and it is
 * left out of {@link #toString()} so it can never reach a log.
 */
public record VendorEvent(
    String eventId, String event, Optional<Reference> reference, Identity status, PersonName name) {

  public VendorEvent {
    reference = reference == null ? Optional.empty() : reference;
  }

  @Override
  public String toString() {
    return "VendorEvent[" + event + " " + eventId + " -> " + status + "]";
  }
}
