package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.Background;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

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
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Background background =
        profile.verification() == null ? null : profile.verification().background();
    if (background == null || background == Background.not_run) {
      return RuleResult.missing("verification.background");
    }
    return background == Background.identity_mismatch
        ? RuleResult.fired(SINGLE)
        : RuleResult.clear();
  }
}
