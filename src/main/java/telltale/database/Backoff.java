package telltale.database;

import java.time.Duration;

/**
 * When to try a queued piece of work again after a transient failure (an outbox item, a fetch job,
 * a footprint or meeting read): base, 2×base, 4×base … capped at max; after maxAttempts attempts
 * the work is given up (an outbox item waits for an operator).
 */
public record Backoff(int maxAttempts, Duration base, Duration max) {

  public Backoff {
    if (maxAttempts < 1 || base.isNegative() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("back-off needs maxAttempts >= 1 and 0 <= base <= max");
    }
  }

  /** The delay after the given attempt (1 = the first one) failed. */
  public Duration after(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(max) > 0 ? max : delay;
  }

  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
