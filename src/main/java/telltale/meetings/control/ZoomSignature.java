package telltale.meetings.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import telltale.keys.HmacSha256;

/**
 * Zoom's webhook signature: x-zm-signature = "v0=" + hex(HMAC-SHA256(secret token, "v0:" +
 * x-zm-request-timestamp + ":" + raw body)), and the URL-validation answer hex(HMAC-SHA256(secret
 * token, plainToken)).
 */
public final class ZoomSignature {
  private ZoomSignature() {}

  /**
   * The secret that signed the request, when one did and its timestamp lies within the tolerance;
   * compared in constant time.
   */
  public static Optional<byte[]> signer(
      List<byte[]> secrets,
      String timestamp,
      String signature,
      byte[] body,
      Instant now,
      Duration tolerance) {
    if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
      return Optional.empty();
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
      return Optional.empty();
    }
    byte[] given = signature.substring(3).strip().getBytes(StandardCharsets.US_ASCII);
    byte[] signer = null;
    for (byte[] secret : secrets) {
      byte[] expected =
          hex(HmacSha256.of(
                  secret, ("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8), body))
              .getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given) && signer == null) {
        signer = secret;
      }
    }
    return Optional.ofNullable(signer);
  }

  /** The encryptedToken of Zoom's endpoint.url_validation answer. */
  public static String encryptedToken(byte[] secret, String plainToken) {
    return hex(HmacSha256.of(secret, plainToken.getBytes(StandardCharsets.UTF_8)));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
