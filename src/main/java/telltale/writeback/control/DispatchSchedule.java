package telltale.writeback.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a dispatch round every telltale.writeback.dispatch-interval-ms on every instance, after the
 * schema is migrated; rounds never overlap on one instance, and instances share the outbox through
 * row locks. An interval of 0 turns dispatching off on this instance.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DispatchSchedule {
  private static final System.Logger LOG = System.getLogger(DispatchSchedule.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject Dispatcher dispatcher;
  @Inject WriteBackConfig config;
  private ScheduledFuture<?> rounds;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    long interval = config.dispatchInterval().toMillis();
    if (interval <= 0) {
      LOG.log(Level.INFO, "write-back dispatching is off on this instance");
      return;
    }
    rounds =
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }

  private void round() {
    try {
      while (dispatcher.dispatchOnce() >= config.batchSize()) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "write-back round failed, the next one retries: " + e.getClass().getSimpleName());
    }
  }
}
