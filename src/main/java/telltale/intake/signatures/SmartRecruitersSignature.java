package telltale.intake.signatures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import telltale.intake.entity.Delivery;
import telltale.keys.HmacSha256;
import telltale.profile.Ats;

/**
 * SmartRecruiters: {@code v1=<hex>[;v1=<hex>]} over {@code timestamp.body.event-id.event-name.
 * event-version.link} (missing header = empty), with the timestamp checked against a window.
 */
public final class SmartRecruitersSignature extends HmacScheme {
  private static final String SIGNATURE = "smartrecruiters-signature";
  private static final String TIMESTAMP = "smartrecruiters-timestamp";
  private static final byte[] DOT = {'.'};

  private final Duration tolerance;

  public SmartRecruitersSignature(Duration tolerance) {
    super(Ats.smartrecruiters);
    this.tolerance = tolerance;
  }

  @Override
  boolean matches(Delivery delivery, List<byte[]> keys, Instant now) {
    List<byte[]> macs = v1Signatures(requiredHeader(delivery, SIGNATURE));
    String timestamp = requiredHeader(delivery, TIMESTAMP);
    withinWindow(epochSeconds(timestamp, TIMESTAMP), now, tolerance);
    byte[][] signed = {
      Hmac.utf8(timestamp),
      DOT,
      delivery.body(),
      DOT,
      signedHeader(delivery, "event-id"),
      DOT,
      signedHeader(delivery, "event-name"),
      DOT,
      signedHeader(delivery, "event-version"),
      DOT,
      signedHeader(delivery, "link")
    };
    return HmacSha256.anyMatches(keys, macs, signed);
  }

  /** Every v1 entry; entries of other (future) schemes are skipped, as the vendor asks. */
  private static List<byte[]> v1Signatures(String header) {
    List<byte[]> macs = new ArrayList<>();
    for (String entry : header.replace("\"", "").split(";")) {
      String[] parts = entry.strip().split("=", 2);
      if (parts.length == 2 && parts[0].strip().equals("v1")) {
        macs.add(Hmac.hex(parts[1].strip(), SIGNATURE + " header"));
      }
    }
    if (macs.isEmpty()) {
      throw new Refusal("no v1 entry in " + SIGNATURE + " header");
    }
    return macs;
  }

  private static byte[] signedHeader(Delivery delivery, String name) {
    String value = optionalHeader(delivery, name);
    return Hmac.utf8(value == null ? "" : value);
  }
}
