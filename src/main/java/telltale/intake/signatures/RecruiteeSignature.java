package telltale.intake.signatures;

import telltale.profile.Ats;

/**
 * Recruitee: {@code X-Recruitee-Signature: <hex>}, HMAC-SHA256 of the raw body keyed by the webhook
 * secret.
 */
public final class RecruiteeSignature extends BodyHmacSignature {
  public RecruiteeSignature() {
    super(Ats.recruitee, "X-Recruitee-Signature", "");
  }
}
