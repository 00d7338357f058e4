package telltale.footprint.control;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import telltale.api.VendorCallFailed;
import telltale.database.Backoff;
import telltale.profile.Footprint;

/**
 * Every few seconds, reads the GitHub footprint of candidates who linked an account, apart from any
 * screening: a screening never waits for GitHub. A stalled or failing API is tried again with
 * growing pauses, GitHub's rate limit is waited out without counting as an attempt, and the first
 * delay of a job is reported under the case's coverage.
 */
@Singleton
public class FootprintWorker {
  static final int BATCH = 5;
  static final Backoff RETRY = new Backoff(6, Duration.ofSeconds(10), Duration.ofHours(1));
  static final String PREFIX = "GitHub footprint: ";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final System.Logger LOG = System.getLogger(FootprintWorker.class.getName());

  @Inject GitHubConfig config;
  @Inject FootprintQueue queue;
  @Inject FootprintEvidence evidence;
  @Inject Event<VendorCallFailed> failures;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!config.enabled()) {
      return;
    }
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "footprint round failed, next round will retry: " + e.getClass().getSimpleName());
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    for (FootprintQueue.Job job : queue.claim(clock.instant(), BATCH)) {
      try {
        read(job);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "footprint job " + job.id() + " could not be closed: " + e.getClass().getSimpleName());
      }
    }
  }

  private void read(FootprintQueue.Job job) {
    Instant now = clock.instant();
    GitHubClient github = config.client();
    try {
      Footprint.GitHub found = github.read(job.login());
      evidence.found(
          job,
          found,
          found.earliestCommitOn() == null
              ? List.of(PREFIX + "read, but the account's own repositories show no public commits.")
              : List.of());
    } catch (GitHubClient.RateLimited limited) {
      failures.fire(new VendorCallFailed("github", VendorCallFailed.Kind.rate_limited));
      Instant until = limited.until().isAfter(now) ? limited.until() : now.plusSeconds(5);
      LOG.log(Level.INFO, "footprint job " + job.id() + " waits for GitHub's rate limit");
      evidence.waiting(
          job,
          until,
          false,
          PREFIX
              + "not read yet, GitHub's rate limit is used up until "
              + TIME.format(until)
              + "; it is read in the background after that.");
    } catch (GitHubClient.NotFound missing) {
      evidence.closed(job, "not_found", PREFIX + "the linked GitHub account was not found.");
    } catch (GitHubClient.Unavailable failed) {
      failures.fire(new VendorCallFailed("github", VendorCallFailed.Kind.transient_failure));
      int attempt = job.attempts() + 1;
      LOG.log(
          Level.INFO,
          "footprint job "
              + job.id()
              + " failed (attempt "
              + attempt
              + "): "
              + failed.getMessage());
      if (RETRY.exhausted(attempt)) {
        evidence.closed(
            job,
            "gave_up",
            PREFIX + "not read, GitHub could not be read after " + attempt + " attempts.");
      } else {
        evidence.waiting(
            job,
            now.plus(RETRY.after(attempt)),
            true,
            PREFIX
                + "not read yet ("
                + failed.getMessage()
                + "); it is tried again in the background.");
      }
    }
  }
}
