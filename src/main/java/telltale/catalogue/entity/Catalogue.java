package telltale.catalogue.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whole rule catalogue: rules, sources, scoring and tiers, under one version. */
public record Catalogue(
    String version,
    List<RuleDefinition> rules,
    List<Source> sources,
    ScoringPolicy scoring,
    List<TierPolicy> tiers) {

  public Catalogue {
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    tiers = List.copyOf(tiers);
  }

  public Optional<RuleDefinition> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The steps a tier requires, its own and those of every tier below it. */
  public List<String> stepsUpTo(Tier tier) {
    List<String> steps = new ArrayList<>();
    tiers.stream().filter(t -> t.tier().compareTo(tier) <= 0).forEach(t -> steps.addAll(t.steps()));
    return steps;
  }
}
