package telltale.screening.control;

import java.util.List;
import telltale.catalogue.entity.ScoringPolicy;
import telltale.catalogue.entity.Strength;
import telltale.screening.entity.Signal;

/**
 * The published formula: strong points count in full, weak and medium points only up to their caps,
 * and the total stops at 100. See config/catalogue/README.md.
 */
final class Scorer {
  private Scorer() {}

  static int score(List<Signal> signals, ScoringPolicy policy) {
    int weak = sum(signals, Strength.weak);
    int medium = sum(signals, Strength.medium);
    int strong = sum(signals, Strength.strong);
    return Math.min(
        100, strong + Math.min(policy.mediumCap(), medium) + Math.min(policy.weakCap(), weak));
  }

  private static int sum(List<Signal> signals, Strength strength) {
    return signals.stream().filter(s -> s.strength() == strength).mapToInt(Signal::points).sum();
  }
}
