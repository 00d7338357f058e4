package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    RecordCheck check = profile.verification() == null ? null : profile.verification().education();
    return RecordChecks.outcome(check, "verification.education");
  }
}
