package telltale.intake.signatures;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a signed timestamp may lie from now, per scheme. Lever's triggeredAt is the event time,
 * so its window also bounds how late a retry may arrive.
 */
public record Tolerances(Duration smartRecruiters, Duration lever, Duration standardWebhooks) {
  public static final Tolerances DEFAULTS =
      new Tolerances(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofMinutes(5));

  public Tolerances {
    Objects.requireNonNull(smartRecruiters, "smartRecruiters");
    Objects.requireNonNull(lever, "lever");
    Objects.requireNonNull(standardWebhooks, "standardWebhooks");
  }
}
