package telltale.screening.entity;

import java.util.List;
import telltale.catalogue.entity.Tier;

/** The verification tier of the role and the next steps, strongest signal first. */
public record Guidance(Tier tier, List<String> nextSteps) {

  public Guidance {
    nextSteps = List.copyOf(nextSteps);
  }
}
