package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.Background;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/** A22: the background check returned the records of a different person. */
public final class IdentityBelongsToOther implements Rule {
  @Override
  public String id() {
    return "identity_belongs_to_other";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Background background =
        profile.verification() == null ? null : profile.verification().background();
    if (background == null || background == Background.not_run) {
      return Outcome.missing("verification.background");
    }
    return background == Background.identity_mismatch ? Outcome.fired(SINGLE) : Outcome.clear();
  }
}
