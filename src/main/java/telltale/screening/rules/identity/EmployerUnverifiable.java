package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A20: a past employer could not be verified through an independently found contact. */
public final class EmployerUnverifiable implements Rule {
  @Override
  public String id() {
    return "employer_unverifiable_or_front";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    RecordCheck check = profile.verification() == null ? null : profile.verification().employment();
    return RecordChecks.result(check, "verification.employment");
  }
}
