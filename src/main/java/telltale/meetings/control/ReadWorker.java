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
import java.time.Instant;
import java.util.Optional;
import telltale.api.VendorCallFailed;
import telltale.database.Backoff;

/**
 * Every few seconds, reads the participants of meetings that ended at least the read delay ago,
 * outside any transaction (the lease keeps others off), then hands them to {@link MeetingReader}. A
 * platform's Retry-After is waited out; other failures are retried with growing pauses, and after
 * the last attempt the meeting is marked failed.
 */
@Singleton
public class ReadWorker {
  static final int BATCH = 5;
  static final Backoff RETRY = new Backoff(8, Duration.ofSeconds(30), Duration.ofHours(1));
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
        PlatformApi.Report report = api.get().report(row);
        Optional<PlatformApi.Polling> polling = api.get().polling();
        if (report.participants().isEmpty() && polling.isPresent()) {
          pollLater(row, polling.get());
          continue;
        }
        String status = reader.apply(row, report);
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

  /** Nothing reported yet for a polled meeting: look again later, or give it up when too old. */
  private void pollLater(MeetingStore.Row row, PlatformApi.Polling polling) {
    Instant now = clock.instant();
    Instant registered = store.createdAt(row.id()).orElse(now);
    if (now.isAfter(registered.plus(polling.until()))) {
      LOG.log(Level.INFO, "meeting " + row.id() + ": nothing reported, polling expired");
      store.pollExpired(row);
    } else {
      store.pollLater(row, now.plus(polling.every()));
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
    if (RETRY.exhausted(row.attempts() + 1)) {
      store.giveUp(row);
    } else {
      store.retryLater(row, clock.instant().plus(RETRY.after(row.attempts() + 1)));
    }
  }
}
