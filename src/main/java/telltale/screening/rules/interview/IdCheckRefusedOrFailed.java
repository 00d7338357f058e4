package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Observation;
import telltale.profile.Verification.Identity;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Identity identity = profile.verification() == null ? null : profile.verification().identity();
    boolean idvRan = identity != null && identity != Identity.not_run;
    if (!profile.hasInterviews() && !idvRan) {
      return Outcome.missing("interviews", "verification.identity");
    }
    List<Outcome.Occurrence> found = new ArrayList<>();
    List<Integer> rounds =
        ObservedInInterview.roundsWith(profile, Observation.id_check_refused_or_failed);
    if (!rounds.isEmpty()) {
      found.add(Outcome.occurrence("observed", "rounds", Rounds.describe(rounds)));
    }
    if (identity == Identity.failed) {
      found.add(Outcome.occurrence("idv_failed"));
    } else if (identity == Identity.mismatch) {
      found.add(Outcome.occurrence("idv_mismatch"));
    }
    return Outcome.of(found);
  }
}
