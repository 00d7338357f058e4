package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/**
 * C03: the payroll account holder is not the candidate. Names are compared in any script, order and
 * spacing, so only a different person's name fires.
 */
public final class PayrollAccountAnomaly implements Rule {
  @Override
  public String id() {
    return "payroll_account_anomaly";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    String holder =
        profile.onboarding() == null ? null : profile.onboarding().payrollAccountHolder();
    if (holder == null || profile.name() == null || profile.name().full().isEmpty()) {
      return Outcome.missing(holder == null ? "onboarding.payrollAccountHolder" : "name");
    }
    return profile.name().sameAs(holder) ? Outcome.clear() : Outcome.fired(SINGLE);
  }
}
