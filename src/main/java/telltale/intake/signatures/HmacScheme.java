package telltale.intake.signatures;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

/**
 * What every HMAC scheme shares: no secret means no trust, unreadable signed parts are refused with
 * a short reason, and the MAC is compared in constant time against each configured secret.
 */
abstract class HmacScheme implements SignatureScheme {
  private final Ats ats;

  HmacScheme(Ats ats) {
    this.ats = ats;
  }

  @Override
  public final Ats ats() {
    return ats;
  }

  @Override
  public final Verdict verify(Delivery delivery, List<String> secrets, Instant now) {
    List<byte[]> keys = keys(secrets);
    if (keys.isEmpty()) {
      return Verdict.refused("no secret configured");
    }
    try {
      return matches(delivery, keys, now)
          ? Verdict.authentic()
          : Verdict.refused("signature does not match");
    } catch (Refusal refusal) {
      return Verdict.refused(refusal.getMessage());
    }
  }

  /** Whether a key's MAC over the signed parts matches; throws Refusal for what is unreadable. */
  abstract boolean matches(Delivery delivery, List<byte[]> keys, Instant now);

  /** The configured secrets as HMAC keys: UTF-8, blank ones left out. */
  List<byte[]> keys(List<String> secrets) {
    return secrets == null
        ? List.of()
        : secrets.stream().filter(s -> s != null && !s.isBlank()).map(Hmac::utf8).toList();
  }

  /** The one value of a header, or null when absent; different doubled values are refused. */
  static String optionalHeader(Delivery delivery, String name) {
    List<String> values =
        delivery.headerValues(name).stream().map(String::strip).distinct().toList();
    if (values.size() > 1) {
      throw new Refusal("conflicting " + name + " headers");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  static String requiredHeader(Delivery delivery, String name) {
    String value = optionalHeader(delivery, name);
    if (value == null || value.isEmpty()) {
      throw new Refusal("missing " + name + " header");
    }
    return value;
  }

  /** A Unix time in whole seconds, as the timestamp headers carry it. */
  static Instant epochSeconds(String value, String header) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(value));
    } catch (NumberFormatException | DateTimeException e) {
      throw new Refusal("malformed " + header + " header");
    }
  }

  /** Refuses a signing time further than the tolerance from now, in either direction. */
  static void withinWindow(Instant signedAt, Instant now, Duration tolerance) {
    if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
      throw new Refusal("timestamp outside the tolerance window");
    }
  }

  /** A reason to refuse found while reading the signed parts. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
      super(reason, null, false, false);
    }
  }
}
