package telltale.keys;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and its constant-time comparison, for every signature Telltale verifies (ATS
 * webhooks, identity-verification vendors, Zoom). Each scheme reads its own headers and encodings.
 */
public final class HmacSha256 {
  private HmacSha256() {}

  /** HMAC-SHA256 over the parts fed one after the other (no separators are added). */
  public static byte[] of(byte[] key, byte[]... parts) {
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

  /**
   * Whether any key's MAC over the parts equals any of the given MACs; every pair is compared, in
   * constant time, so the answer's timing tells nothing about which key or how much matched.
   */
  public static boolean anyMatches(List<byte[]> keys, List<byte[]> given, byte[]... parts) {
    boolean match = false;
    for (byte[] key : keys) {
      byte[] expected = of(key, parts);
      for (byte[] mac : given) {
        match |= MessageDigest.isEqual(expected, mac);
      }
    }
    return match;
  }
}
