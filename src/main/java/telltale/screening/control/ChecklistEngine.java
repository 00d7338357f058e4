package telltale.screening.control;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.RuleDefinition;
import telltale.catalogue.entity.Tier;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.reference.ReferenceData;
import telltale.resume.entity.DocumentTimes;
import telltale.screening.entity.Coverage;
import telltale.screening.entity.Guidance;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;
import telltale.screening.rules.Rules;

/**
 * Runs every checklist over one profile: each rule decides, the catalogue words its evidence, the
 * scorer adds the points. {@link RuleBinding} pairs each rule with its catalogue entry at start.
 */
public final class ChecklistEngine {
  private static final System.Logger LOG = System.getLogger(ChecklistEngine.class.getName());
  private final Catalogue catalogue;
  private final ReferenceData reference;
  private final List<RuleBinding.Bound> bound;

  public ChecklistEngine(Catalogue catalogue, List<Rule> rules, ReferenceData reference) {
    this.catalogue = catalogue;
    this.reference = reference;
    this.bound = RuleBinding.bind(catalogue, rules);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The reference lists the rules consult (also for facts looked up before storing). */
  public ReferenceData reference() {
    return reference;
  }

  /** The same rules and reference data under another catalogue, e.g. for a backtest. */
  public ChecklistEngine with(Catalogue other) {
    return new ChecklistEngine(other, Rules.all(), reference);
  }

  /**
   * What a person said explains a fired rule, given its id and the values it read (computed only
   * when asked); empty if nothing does.
   */
  @FunctionalInterface
  public interface PersonExplanations {
    Optional<String> explaining(String ruleId, Supplier<String> basis);

    static PersonExplanations none() {
      return (ruleId, basis) -> Optional.empty();
    }
  }

  /** The values a rule reads from the profile, the basis a person's explanation holds for. */
  public Optional<String> basis(String ruleId, CandidateProfile profile) {
    return catalogue.rule(ruleId).map(rule -> EvidenceBasis.of(rule, profile));
  }

  public Screening screen(String id, CandidateProfile profile, Links links, Instant now) {
    return screen(id, profile, links, now, PersonExplanations.none());
  }

  public Screening screen(
      String id,
      CandidateProfile profile,
      Links links,
      Instant now,
      PersonExplanations explanations) {
    return screen(id, profile, links, DocumentTimes.NONE, now, explanations);
  }

  /** With the times the profile's resume file records, read in this screening. */
  public Screening screen(
      String id,
      CandidateProfile profile,
      Links links,
      DocumentTimes document,
      Instant now,
      PersonExplanations explanations) {
    Lookups lookups = new Lookups(reference, links, document);
    List<Signal> signals = new ArrayList<>();
    List<Coverage.NotEvaluated> notEvaluated = new ArrayList<>();
    for (RuleBinding.Bound b : bound) {
      RuleResult result = evaluate(b.rule(), profile, lookups);
      if (result instanceof RuleResult.Fired fired) {
        signals.add(signal(b.definition(), fired, profile, explanations));
      } else if (result instanceof RuleResult.Missing missing) {
        notEvaluated.add(new Coverage.NotEvaluated(b.definition().id(), missing.fields()));
      }
    }
    signals.sort(Comparator.comparingInt(Signal::points).reversed().thenComparing(Signal::id));
    Scorer.Verdict verdict =
        Scorer.verdict(
            signals,
            catalogue.scoring(),
            signal -> catalogue.rule(signal.id()).map(RuleDefinition::conclusive).orElse(null));
    return new Screening(
        id,
        profile.ats(),
        profile.candidateId(),
        profile.applicationId(),
        now,
        catalogue.version(),
        verdict.score(),
        verdict.band(),
        catalogue.scoring().label(verdict.band()),
        signals,
        new Coverage(bound.size() - notEvaluated.size(), bound.size(), notEvaluated),
        guidance(profile, signals),
        null,
        verdict.reason(),
        null,
        List.of());
  }

  private static RuleResult evaluate(Rule rule, CandidateProfile profile, Lookups lookups) {
    try {
      return rule.evaluate(profile, lookups);
    } catch (RuntimeException e) {
      // a rule must never sink a screening; the rule id is logged, the profile is not
      LOG.log(Level.ERROR, "rule " + rule.id() + " failed: " + e.getClass().getSimpleName());
      return RuleResult.missing("(the rule could not run; see the service log)");
    }
  }

  private static Signal signal(
      RuleDefinition definition,
      RuleResult.Fired fired,
      CandidateProfile profile,
      PersonExplanations explanations) {
    int points = definition.points(fired.occurrences().size());
    List<String> lines = new ArrayList<>();
    for (RuleResult.Occurrence occurrence : fired.occurrences()) {
      String line = render(definition.evidence().get(occurrence.variant()), occurrence.facts());
      if (!lines.contains(line)) {
        lines.add(line);
      }
    }
    String evidence = String.join(" ", lines);
    // a fact in the profile first; a person's word where the profile says nothing
    String explainedBy =
        Mitigations.explaining(definition, profile)
            .or(
                () ->
                    explanations.explaining(
                        definition.id(), () -> EvidenceBasis.of(definition, profile)))
            .orElse(null);
    return new Signal(
        definition.id(),
        definition.checklist(),
        definition.strength(),
        explainedBy == null ? points : points / 2,
        definition.title(),
        evidence,
        definition.guidance(),
        definition.innocentExplanations(),
        definition.sources().stream()
            .map(s -> new Signal.SourceRef(s.key(), s.title(), s.url()))
            .toList(),
        definition.family(),
        explainedBy);
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
}
