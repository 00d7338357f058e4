package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A19: the institution could not confirm the degree through an independently found contact. */
public final class EducationUnverifiable implements Rule {
  @Override
  public String id() {
    return "education_unverifiable";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    RecordCheck check = profile.verification() == null ? null : profile.verification().education();
    return RecordChecks.result(check, "verification.education");
  }
}
