package telltale.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import telltale.screening.boundary.Screened;
import telltale.screening.entity.Screening;

/**
 * Screenings by band and by the ATS they came from, and how long a screening took from its start to
 * its commit, counted once the screening is committed (a rolled-back one never happened).
 */
@ApplicationScoped
public class ScreeningMetrics {
  static final Metadata SCREENINGS =
      Metadata.builder()
          .withName("telltale.screenings")
          .withDescription("Committed screenings, by band and by the ATS the candidate came from")
          .build();
  static final Metadata DURATION =
      Metadata.builder()
          .withName("telltale.screening.duration")
          .withDescription("Time from a screening's start to its commit (rules, linkage, storage)")
          // what the timer records; the Prometheus output is in seconds (declared as SECONDS, the
          // nanoseconds were printed as seconds: 2.5E8 for a quarter of a second)
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry registry;
  Clock clock = Clock.systemUTC();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Screened screened) {
    Screening screening = screened.screening();
    registry
        .counter(
            SCREENINGS,
            new Tag("band", screening.band().name()),
            new Tag("ats", screening.ats().name()))
        .inc();
    registry
        .timer(DURATION, new Tag("ats", screening.ats().name()))
        .update(Duration.between(screened.at(), clock.instant()));
  }
}
