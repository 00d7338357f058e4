package telltale.intake.fetch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Every few seconds, completes queued thin deliveries from the vendor's API and screens them. A
 * failing API is retried with growing pauses; after the last attempt the candidate is screened with
 * what the webhook carried, so no delivery is ever dropped.
 */
@Singleton
public class FetchWorker {
  static final int BATCH = 10;
  static final int MAX_ATTEMPTS = 8;
  private static final System.Logger LOG = System.getLogger(FetchWorker.class.getName());

  @Inject FetchQueue queue;
  @Inject FetchConfig config;
  @Inject FetchScreening screening;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "fetch round failed, next round will retry: " + e.getClass().getSimpleName());
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    for (FetchQueue.Job job : queue.claim(clock.instant(), BATCH)) {
      try {
        var access = config.access(job.ats(), job.connection());
        if (access.isEmpty()) {
          screening.complete(job, job.profile(), "no_access");
          continue;
        }
        screening.complete(
            job,
            job.profile().completedWith(VendorApis.fetch(job.ats(), job.target(), access.get())),
            "done");
      } catch (RuntimeException e) {
        fail(job, e);
      }
    }
  }

  private void fail(FetchQueue.Job job, RuntimeException e) {
    LOG.log(
        Level.INFO,
        "fetch "
            + job.id()
            + " from "
            + job.ats()
            + " failed (attempt "
            + (job.attempts() + 1)
            + "): "
            + e.getClass().getSimpleName());
    if (job.attempts() + 1 >= MAX_ATTEMPTS) {
      screening.complete(job, job.profile(), "gave_up");
      return;
    }
    Instant next = clock.instant().plus(Duration.ofSeconds(Math.min(3600, 10L << job.attempts())));
    queue.retryLater(job, next);
  }
}
