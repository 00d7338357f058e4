package telltale.meetings.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Looks after the Teams call-record subscription in the background on every instance: a first round
 * a few seconds after start-up (never holding up deployment or readiness), then one every
 * telltale.meetings.teams.upkeep-seconds, sooner after a failure, or after Graph's Retry-After.
 * Lifecycle notifications are acted on here too, after Graph has had its 202.
 */
@Singleton
@Startup
public class TeamsSubscriptionSchedule {
  static final Duration FIRST = Duration.ofSeconds(5);
  private static final System.Logger LOG =
      System.getLogger(TeamsSubscriptionSchedule.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject TeamsSubscriptions subscriptions;
  @Inject TeamsConfig config;
  private volatile ScheduledFuture<?> next;
  private volatile boolean stopped;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    if (subscriptions.whyOff().isPresent()) {
      if (config.access().isPresent() || config.notificationUrl().isPresent()) {
        LOG.log(Level.INFO, subscriptions.whyOff().get());
      }
      return;
    }
    Duration interval = config.upkeepInterval();
    schedule(interval.compareTo(FIRST) < 0 ? interval : FIRST);
  }

  @PreDestroy
  void stop() {
    stopped = true;
    ScheduledFuture<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
  }

  /** Acts on a checked lifecycle notification in the background. */
  @Lock(LockType.READ)
  public void lifecycle(String event, String subscriptionId) {
    executor.execute(
        () -> {
          try {
            subscriptions.lifecycle(event, subscriptionId);
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Teams lifecycle event "
                    + event
                    + " could not be acted on: "
                    + e.getClass().getSimpleName());
          }
        });
  }

  private void schedule(Duration wait) {
    if (!stopped) {
      next = executor.schedule(this::round, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void round() {
    Duration wait = config.upkeepInterval();
    try {
      wait = subscriptions.upkeep();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Teams subscription round failed, the next one retries: " + e.getClass().getSimpleName());
    }
    schedule(wait);
  }
}
