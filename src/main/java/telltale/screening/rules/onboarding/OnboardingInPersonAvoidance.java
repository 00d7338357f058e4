package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding.InPerson;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** C12: the candidate declined in-person onboarding or document inspection. */
public final class OnboardingInPersonAvoidance implements Rule {
  @Override
  public String id() {
    return "onboarding_in_person_avoidance";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    InPerson inPerson =
        profile.onboarding() == null ? null : profile.onboarding().inPersonOnboarding();
    if (inPerson == null) {
      return RuleResult.missing("onboarding.inPersonOnboarding");
    }
    return inPerson == InPerson.declined ? RuleResult.fired(SINGLE) : RuleResult.clear();
  }
}
