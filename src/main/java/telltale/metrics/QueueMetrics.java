package telltale.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import telltale.database.Backlog;
import telltale.intake.fetch.FetchQueue;
import telltale.writeback.control.Outbox;
import telltale.writeback.entity.OutboxStatus;

/**
 * Depth and age of the two work queues, read when scraped: fetch jobs waiting for a vendor's API or
 * a file, and write-back items waiting or given up. A storage error reads as -1, never a failed
 * scrape.
 */
@ApplicationScoped
public class QueueMetrics {
  static final Metadata DEPTH =
      Metadata.builder()
          .withName("telltale.queue.depth")
          .withDescription(
              "Items in a work queue: queue=fetch (waiting), outbox (state=waiting or failed)")
          .build();
  static final Metadata AGE =
      Metadata.builder()
          .withName("telltale.queue.oldest.age")
          .withDescription("Age of the oldest waiting item of a work queue")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Inject MetricRegistry registry;
  @Inject FetchQueue fetch;
  @Inject Outbox outbox;
  Clock clock = Clock.systemUTC();

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauges(
        () -> fetch.backlog(clock.instant()),
        new Tag("queue", "fetch"),
        new Tag("state", "waiting"));
    gauges(
        () ->
            outbox.backlog(
                List.of(OutboxStatus.pending, OutboxStatus.dispatching), clock.instant()),
        new Tag("queue", "outbox"),
        new Tag("state", "waiting"));
    gauges(
        () -> outbox.backlog(List.of(OutboxStatus.failed), clock.instant()),
        new Tag("queue", "outbox"),
        new Tag("state", "failed"));
  }

  private void gauges(Supplier<Backlog> backlog, Tag... tags) {
    registry.gauge(DEPTH, backlog, b -> read(b).rows(), tags);
    registry.gauge(AGE, backlog, b -> read(b).oldest().toSeconds(), tags);
  }

  private static Backlog read(Supplier<Backlog> backlog) {
    try {
      return backlog.get();
    } catch (RuntimeException e) {
      return new Backlog(-1, Duration.ofSeconds(-1));
    }
  }
}
