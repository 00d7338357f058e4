package telltale.intake.signatures;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import telltale.intake.entity.Delivery;
import telltale.json.JsonIntake;
import telltale.keys.HmacSha256;
import telltale.profile.Ats;

/**
 * Lever: the body's {@code signature} is hex HMAC-SHA256 of {@code token + triggeredAt}, keyed by
 * the signature token; the MAC omits {@code data}, so triggeredAt must be fresh and only ids
 * trusted.
 */
public final class LeverSignature extends HmacScheme {
  private final Duration tolerance;

  public LeverSignature(Duration tolerance) {
    super(Ats.lever);
    this.tolerance = tolerance;
  }

  @Override
  boolean matches(Delivery delivery, List<byte[]> keys, Instant now) {
    JsonObject body = parse(delivery.body());
    String token = field(body, "token");
    String triggeredAt = field(body, "triggeredAt");
    byte[] mac = Hmac.hex(field(body, "signature"), "signature field");
    withinWindow(milliseconds(triggeredAt), now, tolerance);
    return HmacSha256.anyMatches(keys, List.of(mac), Hmac.utf8(token), Hmac.utf8(triggeredAt));
  }

  /** Through the strict reader (depth, encoding, duplicate keys), since nothing is trusted yet. */
  private static JsonObject parse(byte[] body) {
    return JsonIntake.objectIfReadable(body)
        .orElseThrow(() -> new Refusal("body is not a readable JSON object"));
  }

  /** A string or whole-number field as text, exactly as it was signed. */
  private static String field(JsonObject body, String name) {
    JsonValue value = body.get(name);
    String text =
        value instanceof JsonString s
            ? s.getString()
            : value instanceof JsonNumber n && wholeMillis(n)
                ? n.bigIntegerValue().toString()
                : null;
    if (text == null || text.isEmpty()) {
      throw new Refusal("missing " + name + " field");
    }
    return text;
  }

  /** A whole number of at most 15 digits (checked before any huge BigInteger is made). */
  private static boolean wholeMillis(JsonNumber n) {
    return n.bigDecimalValue().scale() == 0 && n.bigDecimalValue().precision() <= 15;
  }

  private static Instant milliseconds(String triggeredAt) {
    if (!triggeredAt.matches("\\d{1,15}")) {
      throw new Refusal("malformed triggeredAt field");
    }
    return Instant.ofEpochMilli(Long.parseLong(triggeredAt));
  }
}
