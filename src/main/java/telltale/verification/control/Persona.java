package telltale.verification.control;

import jakarta.json.JsonObject;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import telltale.keys.HmacSha256;
import telltale.profile.PersonName;
import telltale.profile.Verification.Identity;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * Persona: {@code Persona-Signature: t=<unix seconds>,v1=<hex>} with v1 = HMAC-SHA256 of {@code
 * t.<raw body>}; while a secret rotates the header holds two space-separated pairs. Inquiry events
 * give the outcome, the inquiry's {@code reference-id} names the candidate, its {@code name-first}
 * and {@code name-last} are the verified name, and a failed comparison check in an included
 * verification is a mismatch.
 */
public final class Persona implements VerificationVendor {
  static final String HEADER = "Persona-Signature";

  /** Events with an outcome; created, started, transitioned and redacted carry none. */
  private static final Map<String, Identity> EVENTS =
      Map.ofEntries(
          Map.entry("inquiry.completed", Identity.passed),
          Map.entry("inquiry.approved", Identity.passed),
          Map.entry("inquiry.failed", Identity.failed),
          Map.entry("inquiry.declined", Identity.failed),
          Map.entry("inquiry.expired", Identity.incomplete),
          Map.entry("inquiry.marked-for-review", Identity.pending),
          Map.entry("verification.passed", Identity.passed),
          Map.entry("verification.failed", Identity.failed),
          Map.entry("verification.requires-retry", Identity.pending),
          Map.entry("verification.canceled", Identity.incomplete));

  /** Inquiry statuses (docs.withpersona.com inquiries objects); the event name is the fallback. */
  private static final Map<String, Identity> STATUSES =
      Map.of(
          "approved", Identity.passed,
          "completed", Identity.passed,
          "declined", Identity.failed,
          "failed", Identity.failed,
          "expired", Identity.incomplete,
          "needs_review", Identity.pending,
          "pending", Identity.pending,
          "created", Identity.pending);

  @Override
  public String name() {
    return "persona";
  }

  @Override
  public void verify(SignedRequest request, List<byte[]> keys, Instant now, Duration tolerance) {
    String header = Hmacs.header(request, HEADER);
    boolean match = false;
    boolean fresh = false;
    for (String pair : header.strip().split("\\s+")) {
      String timestamp = null;
      List<byte[]> macs = new ArrayList<>();
      for (String entry : pair.split(",")) {
        String[] parts = entry.strip().split("=", 2);
        if (parts.length == 2 && parts[0].equals("t")) {
          timestamp = parts[1];
        } else if (parts.length == 2 && parts[0].equals("v1")) {
          macs.add(Hmacs.hex(parts[1], HEADER + " header"));
        }
      }
      if (timestamp == null || macs.isEmpty()) {
        throw new Refused("malformed " + HEADER + " header");
      }
      if (Duration.between(seconds(timestamp), now).abs().compareTo(tolerance) > 0) {
        continue;
      }
      fresh = true;
      match |= HmacSha256.anyMatches(keys, macs, Hmacs.utf8(timestamp + "."), request.body());
    }
    if (!fresh) {
      throw new Refused("timestamp outside the tolerance window");
    }
    if (!match) {
      throw new Refused("signature does not match");
    }
  }

  @Override
  public Optional<VendorEvent> read(SignedRequest request, JsonObject payload) {
    String event = Fields.text(payload, "data", "attributes", "name");
    String eventId = Fields.text(payload, "data", "id");
    if (event == null || eventId == null || !EVENTS.containsKey(event)) {
      return Optional.empty();
    }
    JsonObject object = Fields.object(payload, "data", "attributes", "payload", "data");
    List<JsonObject> included =
        Fields.objects(payload, "data", "attributes", "payload", "included");
    JsonObject inquiry =
        object != null && "inquiry".equals(Fields.text(object, "type"))
            ? object
            : included.stream()
                .filter(o -> "inquiry".equals(Fields.text(o, "type")))
                .findFirst()
                .orElse(null);
    Identity status = EVENTS.get(event);
    String inquiryStatus = inquiry == null ? null : Fields.text(inquiry, "attributes", "status");
    if (event.startsWith("inquiry.") && inquiryStatus != null) {
      status = STATUSES.getOrDefault(inquiryStatus.toLowerCase(Locale.ROOT), status);
    }
    List<JsonObject> verifications =
        Stream.concat(Stream.ofNullable(object), included.stream())
            .filter(o -> String.valueOf(Fields.text(o, "type")).startsWith("verification"))
            .toList();
    if ((status == Identity.passed || status == Identity.failed)
        && verifications.stream().anyMatch(Persona::failedComparison)) {
      status = Identity.mismatch;
    }
    JsonObject named = inquiry != null ? inquiry : object;
    PersonName name =
        named == null
            ? null
            : new PersonName(
                Fields.text(named, "attributes", "name-first"),
                Fields.text(named, "attributes", "name-last"));
    Optional<Reference> reference =
        Reference.parse(
            inquiry == null ? null : Fields.text(inquiry, "attributes", "reference-id"));
    return Optional.of(new VendorEvent(eventId, event, reference, status, name));
  }

  /** A failed name or face comparison: check names such as id_comparison, selfie_id_comparison. */
  private static boolean failedComparison(JsonObject verification) {
    return Fields.objects(verification, "attributes", "checks").stream()
        .anyMatch(
            check ->
                "failed".equals(Fields.text(check, "status"))
                    && String.valueOf(Fields.text(check, "name")).contains("comparison"));
  }

  private static Instant seconds(String value) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(value));
    } catch (NumberFormatException | DateTimeException e) {
      throw new Refused("malformed " + HEADER + " header");
    }
  }
}
