package telltale.catalogue.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule as the catalogue in config/ describes it: everything but the evaluator. Evidence maps a
 * variant to its template; a rule with one wording uses the variant {@link #SINGLE}. The family
 * says which kind of evidence it is (signals of one family are not independent), conclusive why it
 * may stand alone (null for most rules), mitigatedBy which facts explain it innocently.
 */
public record RuleDefinition(
    String id,
    String indicator,
    Checklist checklist,
    Strength strength,
    int weight,
    int cap,
    String title,
    List<String> reads,
    Map<String, String> evidence,
    List<Source> sources,
    List<String> innocentExplanations,
    Advice guidance,
    String training,
    String family,
    String conclusive,
    List<MitigatingFact> mitigatedBy) {

  public static final String SINGLE = "";

  public RuleDefinition {
    reads = List.copyOf(reads);
    evidence = Map.copyOf(evidence);
    sources = List.copyOf(sources);
    innocentExplanations = List.copyOf(innocentExplanations);
    mitigatedBy = List.copyOf(mitigatedBy);
  }

  /** True when the catalogue lets this rule alone justify HIGH (the reason is in conclusive). */
  public boolean isConclusive() {
    return conclusive != null;
  }

  public Set<String> variants() {
    return evidence.keySet();
  }

  /** Points for a number of occurrences: weight each, never more than the cap. */
  public int points(int occurrences) {
    return Math.min(cap, weight * occurrences);
  }
}
