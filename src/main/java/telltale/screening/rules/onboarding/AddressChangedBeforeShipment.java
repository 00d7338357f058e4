package telltale.screening.rules.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** C02: the address was changed within two weeks before the equipment shipped. */
public final class AddressChangedBeforeShipment implements Rule {
  static final Duration WINDOW = Duration.ofDays(14);

  @Override
  public String id() {
    return "address_changed_before_shipment";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("days");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Onboarding onboarding = profile.onboarding();
    Instant changed = onboarding == null ? null : onboarding.addressChangedAt();
    Instant shipped = onboarding == null ? null : onboarding.equipmentShippedAt();
    if (changed == null || shipped == null) {
      return RuleResult.missing(
          changed == null ? "onboarding.addressChangedAt" : "onboarding.equipmentShippedAt");
    }
    Duration before = Duration.between(changed, shipped);
    if (before.isNegative() || before.compareTo(WINDOW) > 0) {
      return RuleResult.clear();
    }
    return RuleResult.fired(SINGLE, "days", String.valueOf(before.toDays()));
  }
}
