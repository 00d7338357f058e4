package telltale.writeback.control;

/**
 * The fault-tolerance policy every vendor write-back carries, named once. Each vendor class repeats
 * the annotations with these values (annotation values must be constants), so each vendor gets its
 * own circuit breaker: a Greenhouse outage does not stop Lever. Operators tune them with
 * MicroProfile Fault Tolerance keys, e.g. Retry/maxRetries or CircuitBreaker/delay.
 */
final class FaultTolerant {
  /** Whole call, including the vendor's answer. */
  static final long TIMEOUT_MS = 15_000;

  /** Quick retries inside one dispatch; longer back-off comes from the outbox. */
  static final int MAX_RETRIES = 2;

  static final long RETRY_DELAY_MS = 1_000;
  static final long RETRY_JITTER_MS = 250;

  /** Open after 3 of the last 4 calls failed; try one call again after 30 s. */
  static final int BREAKER_VOLUME = 4;

  static final double BREAKER_RATIO = 0.75;
  static final long BREAKER_DELAY_MS = 30_000;

  private FaultTolerant() {}
}
