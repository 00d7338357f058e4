package telltale.verification.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import telltale.keys.HmacSha256;
import telltale.verification.entity.SignedRequest;

/**
 * Veriff, Onfido and Checkr sign alike: one header holds the hex HMAC-SHA256 of the raw body. They
 * sign no time, so a replay is caught only by its event id or body hash (de-duplication).
 */
abstract class BodyHmacVendor implements VerificationVendor {
  private final String[] headers;

  BodyHmacVendor(String... headers) {
    this.headers = headers.clone();
  }

  @Override
  public final void verify(
      SignedRequest request, List<byte[]> keys, Instant now, Duration tolerance) {
    byte[] mac = Hmacs.hex(Hmacs.header(request, headers), headers[0] + " header");
    if (!HmacSha256.anyMatches(keys, List.of(mac), request.body())) {
      throw new Refused("signature does not match");
    }
  }
}
