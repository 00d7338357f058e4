package telltale.catalogue.entity;

import java.util.List;

/** What a verification tier requires, in addition to the tiers below it. */
public record TierPolicy(Tier tier, String when, List<String> steps) {

  public TierPolicy {
    steps = List.copyOf(steps);
  }
}
