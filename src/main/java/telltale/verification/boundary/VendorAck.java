package telltale.verification.boundary;

/**
 * The answer to a vendor delivery: screened (with the new screening), duplicate (an event already
 * taken), or ignored with the reason (no outcome in the event, no reference id, unknown candidate).
 */
public record VendorAck(String status, String screening, String reason) {
  static VendorAck ignored(String reason) {
    return new VendorAck("ignored", null, reason);
  }
}
