package telltale.screening.rules.onboarding;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.PostalAddress;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** C01: equipment is to be shipped to an address the candidate never gave as their own. */
public final class ShipToOtherAddress implements Rule {
  @Override
  public String id() {
    return "ship_to_other_address";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single();
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    PostalAddress shipping =
        profile.onboarding() == null ? null : profile.onboarding().shippingAddress();
    if (shipping == null || profile.addresses().isEmpty()) {
      return RuleResult.missing(shipping == null ? "onboarding.shippingAddress" : "addresses");
    }
    String target = shipping.comparable();
    boolean own = profile.addresses().stream().anyMatch(a -> a.comparable().equals(target));
    return own ? RuleResult.clear() : RuleResult.fired(SINGLE);
  }
}
