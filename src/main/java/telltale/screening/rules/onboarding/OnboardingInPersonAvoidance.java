package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding.InPerson;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    InPerson inPerson =
        profile.onboarding() == null ? null : profile.onboarding().inPersonOnboarding();
    if (inPerson == null) {
      return Outcome.missing("onboarding.inPersonOnboarding");
    }
    return inPerson == InPerson.declined ? Outcome.fired(SINGLE) : Outcome.clear();
  }
}
