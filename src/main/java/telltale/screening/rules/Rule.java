package telltale.screening.rules;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;

/**
 * A named, side-effect-free predicate over one profile. Everything a person reads about the rule
 * (title, weight, evidence wording, sources, guidance) lives in the catalogue under the same id;
 * the rule only decides and names the facts its evidence wording may use.
 */
public interface Rule {
  /** The variant name of a rule with a single evidence wording. */
  String SINGLE = "";

  String id();

  /** Evidence variants this rule produces, each with the placeholders it fills. */
  Map<String, Set<String>> variants();

  RuleResult evaluate(CandidateProfile profile, Lookups lookups);

  /** For rules with one wording and these placeholders. */
  static Map<String, Set<String>> single(String... placeholders) {
    return Map.of(SINGLE, Set.of(placeholders));
  }
}
