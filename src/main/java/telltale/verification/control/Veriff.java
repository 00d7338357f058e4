package telltale.verification.control;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import telltale.profile.PersonName;
import telltale.profile.Verification.Identity;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * Veriff decision webhooks: {@code X-HMAC-SIGNATURE} (or {@code vrf-hmac-signature}) is the hex
 * HMAC-SHA256 of the raw body keyed with the integration's shared secret key. {@code
 * verification.status} gives the outcome (keyed on the string, as the code tables disagree), reason
 * codes 103 (face) and 104 (name) a mismatch, {@code verification.vendorData} names the candidate
 * and {@code verification.person.firstName/lastName} is the verified name.
 */
public final class Veriff extends BodyHmacVendor {
  private static final Map<String, Identity> STATUSES =
      Map.of(
          "approved", Identity.passed,
          "declined", Identity.failed,
          "resubmission_requested", Identity.incomplete,
          "expired", Identity.incomplete,
          "abandoned", Identity.incomplete,
          "review", Identity.pending);

  private static final Set<String> MISMATCH_CODES = Set.of("103", "104");

  public Veriff() {
    super("X-HMAC-SIGNATURE", "vrf-hmac-signature");
  }

  @Override
  public String name() {
    return "veriff";
  }

  @Override
  public Optional<VendorEvent> read(SignedRequest request, JsonObject payload) {
    JsonObject verification = Fields.object(payload, "verification");
    String status = verification == null ? null : Fields.text(verification, "status");
    if (status == null || !STATUSES.containsKey(status)) {
      return Optional.empty();
    }
    Identity identity = STATUSES.get(status);
    if (identity == Identity.failed
        && MISMATCH_CODES.contains(Fields.text(verification, "reasonCode"))) {
      identity = Identity.mismatch;
    }
    PersonName name =
        new PersonName(
            Fields.text(verification, "person", "firstName"),
            Fields.text(verification, "person", "lastName"));
    return Optional.of(
        new VendorEvent(
            Hmacs.bodyHash(request),
            "decision." + status,
            Reference.parse(Fields.text(verification, "vendorData")),
            identity,
            name));
  }
}
