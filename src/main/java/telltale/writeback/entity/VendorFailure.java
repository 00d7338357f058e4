package telltale.writeback.entity;

import java.time.Duration;

/**
 * A vendor call that did not succeed, by what to do about it: try again soon ({@link Transient}),
 * wait as the vendor asked ({@link RateLimited}), or stop until a person looks ({@link Permanent}).
 * Messages carry a status code or failure kind, never a response body.
 */
public abstract sealed class VendorFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  VendorFailure(String message) {
    super(message, null, false, false);
  }

  /** 5xx, timeouts, connection failures: worth retrying with back-off. */
  public static final class Transient extends VendorFailure {
    private static final long serialVersionUID = 1L;

    public Transient(String message) {
      super(message);
    }
  }

  /** 429: not before retryAfter. */
  public static final class RateLimited extends VendorFailure {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** Any other 4xx (bad key, unknown candidate, refused body): retrying would not help. */
  public static final class Permanent extends VendorFailure {
    private static final long serialVersionUID = 1L;

    public Permanent(String message) {
      super(message);
    }
  }
}
