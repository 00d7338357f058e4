package telltale.verification.control;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * One identity-verification vendor: how it signs its webhooks and which of its events carry an
 * outcome. Implementations read only status, the checks' pass or fail, the reference id and the
 * verified name; never dates of birth, nationality, document numbers, images or biometric scores.
 */
public interface VerificationVendor {
  /** As on the wire: the path segment, the configuration key part and the evidence's source. */
  String name();

  /**
   * Checks the signature on the raw bytes against each key, in constant time; throws {@link
   * Refused} with a reason safe to log and return.
   */
  void verify(SignedRequest request, List<byte[]> keys, Instant now, Duration tolerance);

  /** The event's outcome for a candidate, or empty when the event carries none Telltale uses. */
  Optional<VendorEvent> read(SignedRequest request, JsonObject payload);
}
