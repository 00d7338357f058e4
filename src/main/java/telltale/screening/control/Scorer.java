package telltale.screening.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.ScoringPolicy;
import telltale.catalogue.entity.Strength;
import telltale.screening.entity.Signal;

/**
 * The published formula (config/catalogue/scoring.yaml): strong points count in full, weak and
 * medium points up to their caps, each further corroborating family of evidence adds its points,
 * and the total stops at 100. The band is the score's band held down to what corroboration allows,
 * and the reason says why in words.
 */
final class Scorer {
  private Scorer() {}

  /** Score, band and the reason for the band. */
  record Verdict(int score, Band band, String reason) {}

  /**
   * @param conclusive the reason a signal may stand alone, or null (from the catalogue)
   */
  static Verdict verdict(
      List<Signal> signals, ScoringPolicy policy, Function<Signal, String> conclusive) {
    Set<String> families = new LinkedHashSet<>();
    Set<String> strongFamilies = new LinkedHashSet<>();
    List<String> reasons = new ArrayList<>();
    for (Signal signal : signals) {
      if (signal.explained() || signal.strength() == Strength.weak) {
        continue; // explained and weak signals corroborate nothing
      }
      families.add(signal.family());
      if (signal.strength() == Strength.strong) {
        strongFamilies.add(signal.family());
      }
      String why = conclusive.apply(signal);
      if (why != null) {
        reasons.add(why);
      }
    }
    int score =
        Math.min(
            100,
            sum(signals, Strength.strong)
                + Math.min(policy.mediumCap(), sum(signals, Strength.medium))
                + Math.min(policy.weakCap(), sum(signals, Strength.weak))
                + policy.corroboration() * Math.max(0, families.size() - 1));
    Band allowed;
    if (!reasons.isEmpty() && families.size() >= 2
        || strongFamilies.size() >= 2
        || !strongFamilies.isEmpty() && families.size() >= 3) {
      allowed = Band.CRITICAL;
    } else if (!reasons.isEmpty() || families.size() >= 2) {
      allowed = Band.HIGH;
    } else {
      allowed = Band.ELEVATED;
    }
    Band byScore = policy.band(score);
    Band band = byScore.compareTo(allowed) > 0 ? allowed : byScore;
    return new Verdict(score, band, reason(signals, families, reasons, byScore, band, policy));
  }

  private static String reason(
      List<Signal> signals,
      Set<String> families,
      List<String> conclusive,
      Band byScore,
      Band band,
      ScoringPolicy policy) {
    if (signals.isEmpty()) {
      return "No signals fired.";
    }
    List<String> kinds = families.stream().map(policy::family).toList();
    String held =
        byScore != band
            ? " The score alone would be " + byScore + "; corroboration holds it at " + band + "."
            : "";
    if (!conclusive.isEmpty()) {
      return "Conclusive on its own: "
          + conclusive.get(0)
          + (kinds.size() >= 2
              ? " Independent kinds of evidence: " + String.join(", ", kinds) + "."
              : "")
          + held;
    }
    if (kinds.size() >= 2) {
      return kinds.size()
          + " independent kinds of evidence: "
          + String.join(", ", kinds)
          + "."
          + held;
    }
    if (kinds.size() == 1) {
      return "One kind of evidence only ("
          + kinds.get(0)
          + "); without an independent kind beside it the band stays at most ELEVATED."
          + held;
    }
    return "Only weak or explained signs: they count, but none corroborates another, so the band"
        + " stays at most ELEVATED."
        + held;
  }

  private static int sum(List<Signal> signals, Strength strength) {
    return signals.stream().filter(s -> s.strength() == strength).mapToInt(Signal::points).sum();
  }
}
