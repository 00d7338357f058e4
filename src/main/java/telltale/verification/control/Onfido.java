package telltale.verification.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import telltale.profile.Verification.Identity;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * Onfido (Entrust): {@code X-SHA2-Signature} is the hex HMAC-SHA256 of the raw body keyed with the
 * webhook token. {@code workflow_run.completed} carries the run's status, {@code check.completed}
 * the check's status and result; the candidate is named by the object's {@code customer_user_id},
 * {@code external_id} or a tag {@code <ats>:<candidateId>}. Onfido's webhooks carry no name, so no
 * name is compared.
 */
public final class Onfido extends BodyHmacVendor {
  private static final Map<String, Identity> RUNS =
      Map.of(
          "approved", Identity.passed,
          "declined", Identity.failed,
          "review", Identity.pending,
          "abandoned", Identity.incomplete,
          "error", Identity.incomplete);

  public Onfido() {
    super("X-SHA2-Signature");
  }

  @Override
  public String name() {
    return "onfido";
  }

  @Override
  public Optional<VendorEvent> read(SignedRequest request, JsonObject payload) {
    String action = Fields.text(payload, "payload", "action");
    JsonObject object = Fields.object(payload, "payload", "object");
    if (action == null || object == null) {
      return Optional.empty();
    }
    String status = Fields.text(object, "status");
    Identity identity =
        switch (action) {
          case "workflow_run.completed" -> RUNS.get(String.valueOf(status));
          case "check.completed" -> check(status, Fields.text(object, "result"));
          case "check.withdrawn" -> Identity.incomplete;
          default -> null;
        };
    if (identity == null) {
      return Optional.empty();
    }
    return Optional.of(
        new VendorEvent(Hmacs.bodyHash(request), action, reference(object), identity, null));
  }

  /** A completed check: clear passes, consider fails; without a result the webhook says nothing. */
  private static Identity check(String status, String result) {
    if (!"complete".equals(status) || result == null) {
      return null;
    }
    return switch (result) {
      case "clear" -> Identity.passed;
      case "consider" -> Identity.failed;
      default -> null;
    };
  }

  private static Optional<Reference> reference(JsonObject object) {
    Stream<String> tags =
        object.get("tags") instanceof JsonArray array
            ? array.stream()
                .filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString())
            : Stream.empty();
    return Stream.concat(
            Stream.of(Fields.text(object, "customer_user_id"), Fields.text(object, "external_id")),
            tags)
        .map(Reference::parse)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
