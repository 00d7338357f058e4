package telltale.screening.control;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.RuleDefinition;
import telltale.catalogue.entity.Tier;
import telltale.configfile.ConfigFileException;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.reference.ReferenceData;
import telltale.screening.entity.Coverage;
import telltale.screening.entity.Guidance;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/**
 * Runs every checklist over one profile: each rule decides, the catalogue words its evidence, the
 * scorer adds the points. Binding checks at start that the catalogue and the evaluators agree.
 */
public final class ChecklistEngine {
  private static final System.Logger LOG = System.getLogger(ChecklistEngine.class.getName());
  private static final String RULES_FILE = "catalogue/rules.yaml";

  private record Bound(Rule rule, RuleDefinition definition) {}

  private final Catalogue catalogue;
  private final ReferenceData reference;
  private final List<Bound> bound;

  public ChecklistEngine(Catalogue catalogue, List<Rule> rules, ReferenceData reference) {
    this.catalogue = catalogue;
    this.reference = reference;
    this.bound = bind(catalogue, rules);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Screening screen(String id, CandidateProfile profile, Links links, Instant now) {
    Context context = new Context(reference, links);
    List<Signal> signals = new ArrayList<>();
    List<Coverage.NotEvaluated> notEvaluated = new ArrayList<>();
    for (Bound b : bound) {
      Outcome outcome = evaluate(b.rule(), profile, context);
      if (outcome instanceof Outcome.Fired fired) {
        signals.add(signal(b.definition(), fired));
      } else if (outcome instanceof Outcome.Missing missing) {
        notEvaluated.add(new Coverage.NotEvaluated(b.definition().id(), missing.fields()));
      }
    }
    signals.sort(Comparator.comparingInt(Signal::points).reversed().thenComparing(Signal::id));
    int score = Scorer.score(signals, catalogue.scoring());
    var band = catalogue.scoring().band(score);
    return new Screening(
        id,
        profile.ats(),
        profile.candidateId(),
        profile.applicationId(),
        now,
        catalogue.version(),
        score,
        band,
        catalogue.scoring().label(band),
        signals,
        new Coverage(bound.size() - notEvaluated.size(), bound.size(), notEvaluated),
        guidance(profile, signals),
        null);
  }

  private static Outcome evaluate(Rule rule, CandidateProfile profile, Context context) {
    try {
      return rule.evaluate(profile, context);
    } catch (RuntimeException e) {
      // a rule must never sink a screening; the rule id is logged, the profile is not
      LOG.log(Level.ERROR, "rule " + rule.id() + " failed: " + e.getClass().getSimpleName());
      return Outcome.missing("(the rule could not run; see the service log)");
    }
  }

  private static Signal signal(RuleDefinition definition, Outcome.Fired fired) {
    List<String> lines = new ArrayList<>();
    for (Outcome.Occurrence occurrence : fired.occurrences()) {
      String line = render(definition.evidence().get(occurrence.variant()), occurrence.facts());
      if (!lines.contains(line)) {
        lines.add(line);
      }
    }
    return new Signal(
        definition.id(),
        definition.checklist(),
        definition.strength(),
        definition.points(fired.occurrences().size()),
        definition.title(),
        String.join(" ", lines),
        definition.guidance(),
        definition.innocentExplanations(),
        definition.sources().stream()
            .map(s -> new Signal.SourceRef(s.key(), s.title(), s.url()))
            .toList());
  }

  static String render(String template, Map<String, String> facts) {
    String text = template;
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      text = text.replace("{" + fact.getKey() + "}", fact.getValue());
    }
    return text;
  }

  private Guidance guidance(CandidateProfile profile, List<Signal> signals) {
    Tier tier = Tier.forRole(profile.role());
    List<String> steps = new ArrayList<>();
    signals.stream()
        .map(s -> s.guidance().step())
        .filter(s -> !steps.contains(s))
        .forEach(steps::add);
    catalogue.stepsUpTo(tier).stream().filter(s -> !steps.contains(s)).forEach(steps::add);
    return new Guidance(tier, steps);
  }

  private static List<Bound> bind(Catalogue catalogue, List<Rule> rules) {
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
