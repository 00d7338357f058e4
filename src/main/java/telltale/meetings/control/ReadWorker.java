package telltale.meetings.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import telltale.api.VendorCallFailed;

/**
 * Every few seconds, reads the participants of meetings that ended at least the read delay ago,
 * outside any transaction (the lease keeps others off), then hands them to {@link MeetingReader}. A
 * platform's Retry-After is waited out; other failures are retried with growing pauses, and after
 * the last attempt the meeting is marked failed.
 */
@Singleton
public class ReadWorker {
  static final int BATCH = 5;
  static final int MAX_ATTEMPTS = 8;
  private static final System.Logger LOG = System.getLogger(ReadWorker.class.getName());

  @Inject MeetingStore store;
  @Inject Platforms platforms;
  @Inject MeetingReader reader;
  @Inject Event<VendorCallFailed> failures;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "meeting read round failed, next round will retry: " + e.getClass().getSimpleName());
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    for (MeetingStore.Row row : store.claim(clock.instant(), BATCH)) {
      Optional<PlatformApi> api = platforms.of(row.platform());
      if (api.isEmpty() || !api.get().readable(row.connection())) {
        LOG.log(
            Level.INFO,
            "meeting "
                + row.id()
                + ": no "
                + row.platform().label()
                + " API credentials configured");
        store.giveUp(row);
        continue;
      }
      try {
        String status = reader.apply(row, api.get().report(row));
        LOG.log(Level.INFO, "meeting " + row.id() + " read: " + status);
      } catch (PlatformApi.RateLimited limited) {
        failures.fire(
            new VendorCallFailed(row.platform().name(), VendorCallFailed.Kind.rate_limited));
        store.retryLater(row, clock.instant().plus(limited.retryAfter()));
      } catch (RuntimeException e) {
        fail(row, e);
      }
    }
  }

  private void fail(MeetingStore.Row row, RuntimeException e) {
    failures.fire(
        new VendorCallFailed(row.platform().name(), VendorCallFailed.Kind.transient_failure));
    LOG.log(
        Level.INFO,
        "meeting "
            + row.id()
            + " read failed (attempt "
            + (row.attempts() + 1)
            + "): "
            + e.getClass().getSimpleName());
    if (row.attempts() + 1 >= MAX_ATTEMPTS) {
      store.giveUp(row);
    } else {
      store.retryLater(row, clock.instant().plus(backoff(row.attempts())));
    }
  }

  /** 30 s, 1 min, 2 min, ... at most an hour. */
  static Duration backoff(int attempts) {
    return Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts, 10)));
  }
}
