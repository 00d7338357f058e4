package telltale.screening.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.RuleDefinition;
import telltale.configfile.ConfigFileException;
import telltale.screening.rules.Rule;

/**
 * Pairs every catalogue entry with the evaluator of the same id, once at start, and refuses a
 * catalogue that does not fit the evaluators: a missing evaluator or entry, other variants, or
 * evidence naming a fact the rule does not provide.
 */
final class RuleBinding {
  private static final String RULES_FILE = "catalogue/rules.yaml";

  /** One evaluator and its catalogue entry. */
  record Bound(Rule rule, RuleDefinition definition) {}

  private RuleBinding() {}

  static List<Bound> bind(Catalogue catalogue, List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    rules.forEach(rule -> byId.put(rule.id(), rule));
    List<Bound> bound = new ArrayList<>();
    for (RuleDefinition definition : catalogue.rules()) {
      Rule rule = byId.remove(definition.id());
      if (rule == null) {
        throw problem(definition, "no evaluator of that id exists in this version of Telltale");
      }
      Set<String> expected = new TreeSet<>(rule.variants().keySet());
      Set<String> found = new TreeSet<>(definition.variants());
      if (!expected.equals(found)) {
        throw problem(
            definition,
            expected.equals(Set.of(Rule.SINGLE))
                ? "evidence must be one text, not a map of variants"
                : "evidence must be a map with exactly the variants "
                    + expected
                    + ", found "
                    + found);
      }
      for (Map.Entry<String, String> template : definition.evidence().entrySet()) {
        Set<String> provided = rule.variants().get(template.getKey());
        for (String name : CatalogueLoader.placeholders(template.getValue())) {
          if (!provided.contains(name)) {
            throw problem(
                definition,
                "evidence uses {"
                    + name
                    + "}, which the rule does not provide (it provides: "
                    + (provided.isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(provided)))
                    + ")");
          }
        }
      }
      bound.add(new Bound(rule, definition));
    }
    if (!byId.isEmpty()) {
      throw new ConfigFileException(
          RULES_FILE
              + ": these rules have evaluators but no catalogue entry: "
              + String.join(", ", byId.keySet()));
    }
    return List.copyOf(bound);
  }

  private static ConfigFileException problem(RuleDefinition definition, String what) {
    return new ConfigFileException(RULES_FILE + ", rule '" + definition.id() + "': " + what);
  }
}
