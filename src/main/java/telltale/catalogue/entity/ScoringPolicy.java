package telltale.catalogue.entity;

import java.util.Map;

/**
 * The published scoring: caps on what weak and medium signals may add together, the points each
 * further independent family of evidence adds, the lowest score of each band, and the families of
 * evidence in words. See config/catalogue/README.md for the formula and the corroboration rules.
 */
public record ScoringPolicy(
    int weakCap,
    int mediumCap,
    int elevated,
    int high,
    int critical,
    Map<Band, String> labels,
    int corroboration,
    Map<String, String> families) {

  public ScoringPolicy {
    labels = Map.copyOf(labels);
    families = Map.copyOf(families);
  }

  /** The words for a family of evidence, as the card says them. */
  public String family(String id) {
    return families.getOrDefault(id, id);
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
