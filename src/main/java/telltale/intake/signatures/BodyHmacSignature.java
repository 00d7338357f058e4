package telltale.intake.signatures;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import telltale.intake.entity.Delivery;
import telltale.keys.HmacSha256;
import telltale.profile.Ats;

/**
 * The common scheme: one header carries a prefix and the hex HMAC-SHA256 of the raw body; the
 * vendors differ only in header name and prefix.
 */
abstract class BodyHmacSignature extends HmacScheme {
  private final String header;
  private final String prefix;

  BodyHmacSignature(Ats ats, String header, String prefix) {
    super(ats);
    this.header = header;
    this.prefix = prefix;
  }

  @Override
  boolean matches(Delivery delivery, List<byte[]> keys, Instant now) {
    String value = requiredHeader(delivery, header);
    if (!value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
      throw new Refusal("malformed " + header + " header");
    }
    byte[] mac = Hmac.hex(value.substring(prefix.length()).strip(), header + " header");
    return HmacSha256.anyMatches(keys, List.of(mac), delivery.body());
  }
}
