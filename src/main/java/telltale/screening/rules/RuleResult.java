package telltale.screening.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule found: fired (with one occurrence per piece of evidence), clear, or not checkable.
 */
public sealed interface RuleResult {

  /** The rule fired; each occurrence carries a variant and the facts for its wording. */
  record Fired(List<Occurrence> occurrences) implements RuleResult {
    public Fired {
      occurrences = List.copyOf(occurrences);
      if (occurrences.isEmpty()) {
        throw new IllegalArgumentException("a fired rule needs at least one occurrence");
      }
    }
  }

  /** The rule ran and found nothing. */
  record Clear() implements RuleResult {}

  /** The rule could not run: these profile fields were missing. */
  record Missing(List<String> fields) implements RuleResult {
    public Missing {
      fields = List.copyOf(fields);
    }
  }

  /** One piece of evidence. */
  record Occurrence(String variant, Map<String, String> facts) {
    public Occurrence {
      facts = Map.copyOf(facts);
    }
  }

  static RuleResult clear() {
    return new Clear();
  }

  static RuleResult missing(String... fields) {
    return new Missing(List.of(fields));
  }

  /** Fired when there is evidence, otherwise clear. */
  static RuleResult of(List<Occurrence> occurrences) {
    return occurrences.isEmpty() ? new Clear() : new Fired(occurrences);
  }

  static RuleResult fired(String variant, String... keyValues) {
    return new Fired(List.of(occurrence(variant, keyValues)));
  }

  static Occurrence occurrence(String variant, String... keyValues) {
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      facts.put(keyValues[i], keyValues[i + 1]);
    }
    return new Occurrence(variant, facts);
  }
}
