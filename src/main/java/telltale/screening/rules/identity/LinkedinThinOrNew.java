package telltale.screening.rules.identity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Footprint;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A15: the LinkedIn profile was created shortly before the application, or has very few
 * connections. Weak: only corroborates. Having no LinkedIn profile scores nothing.
 */
public final class LinkedinThinOrNew implements Rule {
  static final int RECENT_MONTHS = 6;
  static final int FEW_CONNECTIONS = 50;

  @Override
  public String id() {
    return "linkedin_thin_or_new";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "recently_created",
        Set.of("createdOn", "months"),
        "few_connections",
        Set.of("connections"));
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Footprint.LinkedIn linkedin =
        profile.footprint() == null ? null : profile.footprint().linkedin();
    if (linkedin == null) {
      return RuleResult.missing("footprint.linkedin");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    if (linkedin.createdOn() != null
        && profile.application() != null
        && profile.application().submittedAt() != null) {
      LocalDate applied = LocalDate.ofInstant(profile.application().submittedAt(), ZoneOffset.UTC);
      long months = ChronoUnit.MONTHS.between(linkedin.createdOn(), applied);
      if (months >= 0 && months < RECENT_MONTHS) {
        found.add(
            RuleResult.occurrence(
                "recently_created",
                "createdOn",
                linkedin.createdOn().toString(),
                "months",
                Long.toString(months)));
      }
    }
    if (linkedin.connections() != null && linkedin.connections() < FEW_CONNECTIONS) {
      found.add(
          RuleResult.occurrence(
              "few_connections", "connections", linkedin.connections().toString()));
    }
    return RuleResult.of(found);
  }
}
