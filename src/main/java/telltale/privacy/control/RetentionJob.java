package telltale.privacy.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.audit.control.AuditLog;
import telltale.footprint.boundary.Footprints;
import telltale.intake.control.DeliveryLog;
import telltale.linkage.boundary.Linkage;
import telltale.meetings.boundary.Meetings;
import telltale.screening.boundary.Screenings;

/**
 * Deletes, every hour, screenings, deliveries, fingerprints and interview meetings older than
 * telltale.retention.days, audit entries older than telltale.retention.audit-days and evidence
 * Idempotency-Keys older than telltale.evidence.idempotency-hours. Safe to run on every instance.
 */
@Singleton
public class RetentionJob {
  private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());

  @Inject
  @ConfigProperty(name = "telltale.retention.days")
  int days;

  @Inject
  @ConfigProperty(name = "telltale.retention.audit-days")
  int auditDays;

  @Inject
  @ConfigProperty(name = "telltale.evidence.idempotency-hours")
  int idempotencyHours;

  @Inject Screenings screenings;
  @Inject DeliveryLog deliveries;
  @Inject Linkage linkage;
  @Inject Footprints footprints;
  @Inject Meetings meetings;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    try {
      purge();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "retention run failed, will try again next hour: " + e.getClass().getSimpleName());
    }
  }

  /** Runs one purge now, in one container transaction; returns the number of rows removed. */
  public int purge() {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    OffsetDateTime before = now.minus(Duration.ofDays(days));
    int removed = screenings.expire(before) + deliveries.expire(before) + linkage.expire(before);
    removed += footprints.expire(before);
    removed += meetings.expire(before);
    removed += audit.expire(now.minus(Duration.ofDays(auditDays)));
    removed += screenings.expireIdempotencyKeys(now.minus(Duration.ofHours(idempotencyHours)));
    if (removed > 0) {
      LOG.log(Level.INFO, "retention removed " + removed + " rows older than " + days + " days");
    }
    return removed;
  }
}
