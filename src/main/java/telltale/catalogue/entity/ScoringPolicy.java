package telltale.catalogue.entity;

import java.util.Map;

/**
 * The published scoring: caps on what weak and medium signals may add together, and the lowest
 * score of each band. See config/catalogue/README.md for the formula.
 */
public record ScoringPolicy(
    int weakCap, int mediumCap, int elevated, int high, int critical, Map<Band, String> labels) {

  public ScoringPolicy {
    labels = Map.copyOf(labels);
  }

  public Band band(int score) {
    if (score >= critical) {
      return Band.CRITICAL;
    }
    if (score >= high) {
      return Band.HIGH;
    }
    return score >= elevated ? Band.ELEVATED : Band.LOW;
  }

  public String label(Band band) {
    return labels.get(band);
  }
}
