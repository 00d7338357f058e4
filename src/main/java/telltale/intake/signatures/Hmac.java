package telltale.intake.signatures;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** HMAC-SHA256, hex decoding and constant-time comparison shared by every signature scheme. */
final class Hmac {
  private Hmac() {}

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
