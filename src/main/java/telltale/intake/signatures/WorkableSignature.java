package telltale.intake.signatures;

import telltale.profile.Ats;

/**
 * Workable: {@code X-Workable-Signature: <hex>}, HMAC-SHA256 of the raw body keyed by the account
 * API token or OAuth app secret (hex assumed: Workable does not state the encoding).
 */
public final class WorkableSignature extends BodyHmacSignature {
  public WorkableSignature() {
    super(Ats.workable, "X-Workable-Signature", "");
  }
}
