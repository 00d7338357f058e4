package telltale.intake.signatures;

import telltale.profile.Ats;

/**
 * Greenhouse: {@code Signature: sha256 <hex>}, HMAC-SHA256 of the raw body keyed by the webhook's
 * secret key.
 */
public final class GreenhouseSignature extends BodyHmacSignature {
  public GreenhouseSignature() {
    super(Ats.greenhouse, "Signature", "sha256 ");
  }
}
