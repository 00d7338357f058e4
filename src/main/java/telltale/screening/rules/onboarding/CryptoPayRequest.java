package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding.PaymentMethod;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** C04: salary requested in cryptocurrency or through a third-party payment platform. */
public final class CryptoPayRequest implements Rule {
  @Override
  public String id() {
    return "crypto_pay_request";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of("crypto", Set.of(), "third_party_platform", Set.of());
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    PaymentMethod method =
        profile.onboarding() == null ? null : profile.onboarding().paymentMethod();
    if (method == null) {
      return RuleResult.missing("onboarding.paymentMethod");
    }
    return switch (method) {
      case crypto -> RuleResult.fired("crypto");
      case third_party_platform -> RuleResult.fired("third_party_platform");
      case bank, payroll_card -> RuleResult.clear();
    };
  }
}
