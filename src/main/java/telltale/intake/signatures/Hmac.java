package telltale.intake.signatures;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, hex decoding and constant-time comparison shared by every signature scheme. */
final class Hmac {
  private Hmac() {}

  /** HMAC-SHA256 over the parts fed one after the other (no separators are added). */
  static byte[] sha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether any key's MAC over the parts equals any of the given MACs, in constant time. */
  static boolean anyMatches(List<byte[]> keys, List<byte[]> given, byte[]... parts) {
    boolean match = false;
    for (byte[] key : keys) {
      byte[] expected = sha256(key, parts);
      for (byte[] mac : given) {
        match |= MessageDigest.isEqual(expected, mac);
      }
    }
    return match;
  }

  /** Hex (either case) to bytes, or a refusal naming what was malformed. */
  static byte[] hex(String text, String what) {
    if (text.isEmpty() || text.length() % 2 != 0) {
      throw new HmacScheme.Refusal("malformed " + what);
    }
    try {
      return HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      throw new HmacScheme.Refusal("malformed " + what);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
