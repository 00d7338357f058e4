package telltale.verification.control;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import telltale.profile.PersonName;
import telltale.profile.Verification.Identity;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * Checkr: {@code X-Checkr-Signature} is the hex HMAC-SHA256 of the raw body keyed with the API key.
 * Report events give the report's status and result (Checkr has no identity-only webhook, so the
 * report stands for it); the candidate is named by {@code custom_id} on the object or its embedded
 * candidate. A report carries no name, an embedded candidate may.
 */
public final class Checkr extends BodyHmacVendor {
  private static final Set<String> EVENTS =
      Set.of(
          "report.completed",
          "report.suspended",
          "report.resumed",
          "report.disputed",
          "report.canceled");

  public Checkr() {
    super("X-Checkr-Signature");
  }

  @Override
  public String name() {
    return "checkr";
  }

  @Override
  public Optional<VendorEvent> read(SignedRequest request, JsonObject payload) {
    String type = Fields.text(payload, "type");
    String eventId = Fields.text(payload, "id");
    JsonObject report = Fields.object(payload, "data", "object");
    if (type == null || eventId == null || report == null || !EVENTS.contains(type)) {
      return Optional.empty();
    }
    Identity identity = status(Fields.text(report, "status"), Fields.text(report, "result"));
    if (identity == null) {
      return Optional.empty();
    }
    JsonObject candidate = Fields.object(report, "candidate");
    String customId = Fields.text(report, "custom_id");
    if (customId == null && candidate != null) {
      customId = Fields.text(candidate, "custom_id");
    }
    PersonName name =
        candidate == null
            ? null
            : new PersonName(
                Fields.text(candidate, "first_name"), Fields.text(candidate, "last_name"));
    return Optional.of(new VendorEvent(eventId, type, Reference.parse(customId), identity, name));
  }

  private static Identity status(String status, String result) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case "complete" ->
          "clear".equals(result)
              ? Identity.passed
              : "consider".equals(result) ? Identity.failed : null;
      case "canceled" -> Identity.incomplete;
      case "pending", "suspended", "paused", "dispute" -> Identity.pending;
      default -> null;
    };
  }
}
