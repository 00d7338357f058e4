package telltale.intake.signatures;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import telltale.intake.entity.Delivery;
import telltale.screening.entity.Ats;

/**
 * Lever: the body's {@code signature} is hex HMAC-SHA256 of {@code token + triggeredAt}, keyed by
 * the signature token; the MAC omits {@code data}, so triggeredAt must be fresh and only ids
 * trusted.
 */
public final class LeverSignature extends HmacScheme {
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

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
    return Hmac.anyMatches(keys, List.of(mac), Hmac.utf8(token), Hmac.utf8(triggeredAt));
  }

  private static JsonObject parse(byte[] body) {
    try (var reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      if (reader.readValue() instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException e) {
      // refused below: unreadable, or a key appears twice
    }
    throw new Refusal("body is not a readable JSON object");
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
