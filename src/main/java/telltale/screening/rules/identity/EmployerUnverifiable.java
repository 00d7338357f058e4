package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    RecordCheck check = profile.verification() == null ? null : profile.verification().employment();
    return RecordChecks.outcome(check, "verification.employment");
  }
}
