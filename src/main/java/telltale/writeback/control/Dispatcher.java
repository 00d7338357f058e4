package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import telltale.api.VendorCallFailed;
import telltale.database.Backoff;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;

/**
 * One dispatch round: claims due outbox items and performs each vendor call outside any
 * transaction, then records the result under the claim's lease. Logs ids only.
 */
@ApplicationScoped
public class Dispatcher {
  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  @Inject Outbox outbox;
  @Inject WriteBackConfig config;
  @Inject WriteBacks writeBacks;
  @Inject RateLimits rateLimits;
  @Inject Event<VendorCallFailed> failed;
  Clock clock = Clock.systemUTC();

  /** Returns how many items were claimed. */
  public int dispatchOnce() {
    var claims = outbox.claim(clock.instant(), config.batchSize(), config.lease());
    claims.forEach(this::dispatch);
    return claims.size();
  }

  private void dispatch(Outbox.Claim claim) {
    Optional<Connection> connection =
        config.connection(Ats.valueOf(claim.ats()), claim.connection());
    if (connection.isEmpty()) {
      outbox.fail(
          claim, "the connection " + claim.ats() + "/" + claim.connection() + " is not configured");
      return;
    }
    Instant now = clock.instant();
    Optional<Instant> paused = rateLimits.pausedAt(connection.get(), now);
    if (paused.isPresent()) {
      outbox.reschedule(claim, paused.get(), "waiting for the vendor's Retry-After", false);
      return;
    }
    try {
      writeBacks.perform(claim.kind(), connection.get(), claim.request());
      if (!outbox.delivered(claim, clock.instant())) {
        LOG.log(
            Level.WARNING, "outbox item " + claim.id() + " was delivered after its lease ran out");
      }
    } catch (VendorFailure.RateLimited limited) {
      failed.fire(new VendorCallFailed(claim.ats(), VendorCallFailed.Kind.rate_limited));
      Instant until = clock.instant().plus(limited.retryAfter());
      rateLimits.pause(connection.get(), until);
      outbox.reschedule(claim, until, limited.getMessage(), false);
    } catch (VendorFailure.Permanent permanent) {
      failed.fire(new VendorCallFailed(claim.ats(), VendorCallFailed.Kind.permanent));
      LOG.log(Level.WARNING, "outbox item " + claim.id() + " failed: " + permanent.getMessage());
      outbox.fail(claim, permanent.getMessage());
    } catch (RuntimeException e) {
      // transient failures, open circuits and timeouts, and anything unexpected: back off
      failed.fire(new VendorCallFailed(claim.ats(), VendorCallFailed.Kind.transient_failure));
      String error =
          e instanceof VendorFailure
              ? e.getMessage()
              : claim.ats() + " " + claim.kind() + ": " + e.getClass().getSimpleName();
      Backoff backoff = config.backoff();
      if (backoff.exhausted(claim.attempts())) {
        LOG.log(Level.WARNING, "outbox item " + claim.id() + " gave up: " + error);
        outbox.fail(claim, error + " (after " + claim.attempts() + " attempts)");
      } else {
        outbox.reschedule(
            claim, clock.instant().plus(backoff.after(claim.attempts())), error, true);
      }
    }
  }
}
