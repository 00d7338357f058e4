package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

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
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    String holder =
        profile.onboarding() == null ? null : profile.onboarding().payrollAccountHolder();
    if (holder == null || profile.name() == null || profile.name().full().isEmpty()) {
      return RuleResult.missing(holder == null ? "onboarding.payrollAccountHolder" : "name");
    }
    return profile.name().sameAs(holder) ? RuleResult.clear() : RuleResult.fired(SINGLE);
  }
}
