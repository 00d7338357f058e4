package telltale.screening.control;

import java.util.Optional;
import telltale.catalogue.entity.MitigatingFact;
import telltale.catalogue.entity.RuleDefinition;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding;
import telltale.profile.Verification;

/** Which of a rule's mitigating facts (rules.yaml, mitigatedBy) the profile shows, in words. */
final class Mitigations {
  private Mitigations() {}

  /** The first mitigating fact of the rule that holds for the profile, as the card words it. */
  static Optional<String> explaining(RuleDefinition rule, CandidateProfile profile) {
    return rule.mitigatedBy().stream()
        .filter(fact -> holds(fact, profile))
        .findFirst()
        .map(MitigatingFact::words);
  }

  static boolean holds(MitigatingFact fact, CandidateProfile profile) {
    Verification v = profile.verification();
    Onboarding o = profile.onboarding();
    return switch (fact) {
      case identity_verified -> v != null && v.identity() == Verification.Identity.passed;
      case background_clear -> v != null && v.background() == Verification.Background.clear;
      case employment_verified -> v != null && v.employment() == Verification.RecordCheck.verified;
      case education_verified -> v != null && v.education() == Verification.RecordCheck.verified;
      case in_person_onboarding_completed ->
          o != null && o.inPersonOnboarding() == Onboarding.InPerson.completed;
      case phone_reachable -> v != null && Boolean.TRUE.equals(v.phoneReachable());
    };
  }
}
