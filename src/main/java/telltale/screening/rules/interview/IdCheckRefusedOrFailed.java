package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Observation;
import telltale.profile.Verification.Identity;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * B12: the candidate declined to show ID on camera, or the identity-verification vendor reported a
 * failure or a mismatch with the application.
 */
public final class IdCheckRefusedOrFailed implements Rule {
  @Override
  public String id() {
    return Observation.id_check_refused_or_failed.name();
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of("observed", Set.of("rounds"), "idv_failed", Set.of(), "idv_mismatch", Set.of());
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Identity identity = profile.verification() == null ? null : profile.verification().identity();
    boolean idvRan = identity != null && identity != Identity.not_run;
    if (!profile.hasInterviews() && !idvRan) {
      return RuleResult.missing("interviews", "verification.identity");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    List<Integer> rounds =
        ObservedInInterview.roundsWith(profile, Observation.id_check_refused_or_failed);
    if (!rounds.isEmpty()) {
      found.add(RuleResult.occurrence("observed", "rounds", Rounds.describe(rounds)));
    }
    if (identity == Identity.failed) {
      found.add(RuleResult.occurrence("idv_failed"));
    } else if (identity == Identity.mismatch) {
      found.add(RuleResult.occurrence("idv_mismatch"));
    }
    return RuleResult.of(found);
  }
}
