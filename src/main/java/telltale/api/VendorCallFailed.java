package telltale.api;

/**
 * A call to a vendor's API or file host that did not succeed, fired by every connector for the
 * failures-by-vendor metric: the vendor as spelled on the wire (greenhouse, zoom, github, ...) and
 * what kind of failure it was. Carries no address, body or personal data.
 */
public record VendorCallFailed(String vendor, Kind kind) {
  /** What the failure means for the caller. */
  public enum Kind {
    /** 5xx, time-outs, refused connections: tried again with back-off. */
    transient_failure,
    /** 429 or a rate-limit header: tried again when the vendor allows. */
    rate_limited,
    /** Refused credentials or a request the vendor will never accept: a person must look. */
    permanent
  }

  /** The kind of an HTTP status a vendor answered. */
  public static Kind kindOf(int status) {
    if (status == 429) {
      return Kind.rate_limited;
    }
    return status >= 500 || status == 408 ? Kind.transient_failure : Kind.permanent;
  }
}
