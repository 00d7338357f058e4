package telltale.reports.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import telltale.outcome.entity.Outcome;
import telltale.reports.entity.RuleQuality;

/** The rule quality arithmetic, from counts; no storage. */
public final class RuleQualities {
  private RuleQualities() {}

  /**
   * fired: screenings per rule; firedByOutcome: per rule, screenings with that outcome it fired in;
   * outcomes: screenings per outcome. Rules ordered by how often they fired, then by id.
   */
  public static List<RuleQuality> of(
      Map<String, Long> fired,
      Map<String, Map<Outcome, Long>> firedByOutcome,
      Map<Outcome, Long> outcomes) {
    long confirmedFalse = outcomes.getOrDefault(Outcome.identity_confirmed_false, 0L);
    return fired.entrySet().stream()
        .map(
            rule -> {
              Map<Outcome, Long> byOutcome = firedByOutcome.getOrDefault(rule.getKey(), Map.of());
              long onFalse = byOutcome.getOrDefault(Outcome.identity_confirmed_false, 0L);
              long onGenuine = byOutcome.getOrDefault(Outcome.verified_genuine, 0L);
              long withOutcome = byOutcome.values().stream().mapToLong(Long::longValue).sum();
              return new RuleQuality(
                  rule.getKey(),
                  rule.getValue(),
                  withOutcome,
                  onFalse,
                  onGenuine,
                  ratio(onFalse, onFalse + onGenuine),
                  ratio(onFalse, confirmedFalse));
            })
        .sorted(
            Comparator.comparingLong(RuleQuality::fired)
                .reversed()
                .thenComparing(RuleQuality::ruleId))
        .toList();
  }

  /** part / whole rounded to 4 places, or null when whole is 0. */
  static Double ratio(long part, long whole) {
    return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
  }
}
