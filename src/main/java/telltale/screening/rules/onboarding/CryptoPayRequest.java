package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding.PaymentMethod;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    PaymentMethod method =
        profile.onboarding() == null ? null : profile.onboarding().paymentMethod();
    if (method == null) {
      return Outcome.missing("onboarding.paymentMethod");
    }
    return switch (method) {
      case crypto -> Outcome.fired("crypto");
      case third_party_platform -> Outcome.fired("third_party_platform");
      case bank, payroll_card -> Outcome.clear();
    };
  }
}
