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
    long verifiedGenuine = outcomes.getOrDefault(Outcome.verified_genuine, 0L);
    return fired.entrySet().stream()
        .map(
            rule -> {
              Map<Outcome, Long> byOutcome = firedByOutcome.getOrDefault(rule.getKey(), Map.of());
              long onFalse = byOutcome.getOrDefault(Outcome.identity_confirmed_false, 0L);
              long onGenuine = byOutcome.getOrDefault(Outcome.verified_genuine, 0L);
              long withOutcome = byOutcome.values().stream().mapToLong(Long::longValue).sum();
              double[] lr = likelihoodRatio(onFalse, confirmedFalse, onGenuine, verifiedGenuine);
              return new RuleQuality(
                  rule.getKey(),
                  rule.getValue(),
                  withOutcome,
                  onFalse,
                  onGenuine,
                  ratio(onFalse, onFalse + onGenuine),
                  ratio(onFalse, confirmedFalse),
                  lr == null ? null : rounded(lr[0]),
                  lr == null ? null : rounded(lr[1]),
                  lr == null ? null : rounded(lr[2]));
            })
        .sorted(
            Comparator.comparingLong(RuleQuality::fired)
                .reversed()
                .thenComparing(RuleQuality::ruleId))
        .toList();
  }

  /** z for a two-sided 95% interval. */
  private static final double Z = 1.959964;

  /**
   * The positive likelihood ratio of a rule and its 95% interval (Katz log method): {ratio, low,
   * high}, or null without both kinds of outcome. With a zero count, 0.5 is added to every count
   * (Haldane), so a rule that never fired on genuine candidates gets a finite, honest ratio.
   */
  static double[] likelihoodRatio(long onFalse, long allFalse, long onGenuine, long allGenuine) {
    if (allFalse == 0 || allGenuine == 0) {
      return null;
    }
    double a = onFalse;
    double n1 = allFalse;
    double b = onGenuine;
    double n2 = allGenuine;
    if (a == 0 || b == 0 || a == n1 || b == n2) {
      a += 0.5;
      b += 0.5;
      n1 += 1;
      n2 += 1;
    }
    double ratio = (a / n1) / (b / n2);
    double se = Math.sqrt(1 / a - 1 / n1 + 1 / b - 1 / n2);
    return new double[] {ratio, ratio * Math.exp(-Z * se), ratio * Math.exp(Z * se)};
  }

  private static double rounded(double value) {
    return Math.round(100.0 * value) / 100.0;
  }

  /** part / whole rounded to 4 places, or null when whole is 0. */
  static Double ratio(long part, long whole) {
    return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
  }
}
