package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import telltale.writeback.entity.Connection;

/**
 * Connections a vendor asked to slow down (429 with Retry-After): nothing is sent through them on
 * this instance until the time they named.
 */
@ApplicationScoped
public class RateLimits {
  private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

  public void pause(Connection connection, Instant until) {
    pausedUntil.merge(connection.toString(), until, (a, b) -> a.isAfter(b) ? a : b);
  }

  public Optional<Instant> pausedAt(Connection connection, Instant now) {
    Instant until = pausedUntil.get(connection.toString());
    return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }
}
