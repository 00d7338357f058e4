package telltale.intake.signatures;

import telltale.profile.Ats;

/**
 * JazzHR: {@code X-JazzHR-Signature: <hex>}, HMAC-SHA256 of the raw body keyed by the partner
 * secret.
 */
public final class JazzHrSignature extends BodyHmacSignature {
  public JazzHrSignature() {
    super(Ats.jazzhr, "X-JazzHR-Signature", "");
  }
}
