package telltale.screening.rules.identity;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Footprint;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A16: the GitHub account shows commits dated long before the account existed. Having no GitHub
 * account scores nothing.
 */
public final class GithubFabricatedHistory implements Rule {
  static final int TOLERANCE_DAYS = 90;

  @Override
  public String id() {
    return "github_fabricated_history";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("createdOn", "earliestCommitOn");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Footprint.GitHub github = profile.footprint() == null ? null : profile.footprint().github();
    if (github == null || github.createdOn() == null || github.earliestCommitOn() == null) {
      return RuleResult.missing("footprint.github");
    }
    long days = ChronoUnit.DAYS.between(github.earliestCommitOn(), github.createdOn());
    return days > TOLERANCE_DAYS
        ? RuleResult.fired(
            SINGLE,
            "createdOn",
            github.createdOn().toString(),
            "earliestCommitOn",
            github.earliestCommitOn().toString())
        : RuleResult.clear();
  }
}
