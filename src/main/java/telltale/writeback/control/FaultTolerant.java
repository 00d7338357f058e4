package telltale.writeback.control;

import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import telltale.writeback.entity.VendorFailure;

/**
 * The fault-tolerance policy every vendor write-back carries, declared once: the Fault Tolerance
 * annotations are inherited, and each vendor class gets its own circuit breaker, so a Greenhouse
 * outage does not stop Lever. Operators tune them with MicroProfile Fault Tolerance keys, e.g.
 * Retry/maxRetries or CircuitBreaker/delay.
 */
@Timeout(FaultTolerant.TIMEOUT_MS)
@Retry(
    maxRetries = FaultTolerant.MAX_RETRIES,
    delay = FaultTolerant.RETRY_DELAY_MS,
    jitter = FaultTolerant.RETRY_JITTER_MS,
    retryOn = {VendorFailure.Transient.class, TimeoutException.class},
    abortOn = {VendorFailure.Permanent.class, VendorFailure.RateLimited.class})
@CircuitBreaker(
    requestVolumeThreshold = FaultTolerant.BREAKER_VOLUME,
    failureRatio = FaultTolerant.BREAKER_RATIO,
    delay = FaultTolerant.BREAKER_DELAY_MS,
    skipOn = {VendorFailure.Permanent.class, VendorFailure.RateLimited.class})
abstract class FaultTolerant implements WriteBack {
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

  @Inject Clients clients;
}
