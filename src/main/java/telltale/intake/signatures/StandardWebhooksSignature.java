package telltale.intake.signatures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import telltale.intake.entity.Delivery;
import telltale.keys.HmacSha256;
import telltale.profile.Ats;

/**
 * Standard Webhooks for the generic intake: {@code webhook-signature: v1,<base64 HMAC of
 * id.timestamp.body>} (several entries allowed), {@code whsec_} secrets, timestamp window.
 */
public final class StandardWebhooksSignature extends HmacScheme {
  private static final String PREFIX = "whsec_";
  private static final byte[] DOT = {'.'};

  private final Duration tolerance;

  public StandardWebhooksSignature(Duration tolerance) {
    super(Ats.generic);
    this.tolerance = tolerance;
  }

  @Override
  boolean matches(Delivery delivery, List<byte[]> keys, Instant now) {
    String id = requiredHeader(delivery, "webhook-id");
    String timestamp = requiredHeader(delivery, "webhook-timestamp");
    List<byte[]> macs = v1Signatures(requiredHeader(delivery, "webhook-signature"));
    withinWindow(epochSeconds(timestamp, "webhook-timestamp"), now, tolerance);
    return HmacSha256.anyMatches(
        keys, macs, Hmac.utf8(id), DOT, Hmac.utf8(timestamp), DOT, delivery.body());
  }

  /** whsec_ secrets are base64 keys (the prefix is optional); an undecodable one never matches. */
  @Override
  List<byte[]> keys(List<String> secrets) {
    if (secrets == null) {
      return List.of();
    }
    return secrets.stream()
        .filter(s -> s != null && !s.isBlank())
        .map(String::strip)
        .map(s -> s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : s)
        .map(StandardWebhooksSignature::base64)
        .filter(Objects::nonNull)
        .toList();
  }

  /** Every v1 entry of the space-separated list; other versions and unreadable ones are skipped. */
  private static List<byte[]> v1Signatures(String header) {
    List<byte[]> macs = new ArrayList<>();
    boolean v1 = false;
    for (String entry : header.split(" ")) {
      String[] parts = entry.split(",", 2);
      if (parts.length == 2 && parts[0].equals("v1")) {
        v1 = true;
        byte[] mac = base64(parts[1]);
        if (mac != null) {
          macs.add(mac);
        }
      }
    }
    if (!v1) {
      throw new Refusal("no v1 entry in webhook-signature header");
    }
    return macs;
  }

  private static byte[] base64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
