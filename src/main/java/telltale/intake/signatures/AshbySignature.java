package telltale.intake.signatures;

import telltale.profile.Ats;

/**
 * Ashby: {@code Ashby-Signature: sha256=<hex>}, HMAC-SHA256 of the raw body keyed by the webhook's
 * secret token.
 */
public final class AshbySignature extends BodyHmacSignature {
  public AshbySignature() {
    super(Ats.ashby, "Ashby-Signature", "sha256=");
  }
}
