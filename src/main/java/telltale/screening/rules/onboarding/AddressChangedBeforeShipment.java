package telltale.screening.rules.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Onboarding onboarding = profile.onboarding();
    Instant changed = onboarding == null ? null : onboarding.addressChangedAt();
    Instant shipped = onboarding == null ? null : onboarding.equipmentShippedAt();
    if (changed == null || shipped == null) {
      return Outcome.missing(
          changed == null ? "onboarding.addressChangedAt" : "onboarding.equipmentShippedAt");
    }
    Duration before = Duration.between(changed, shipped);
    if (before.isNegative() || before.compareTo(WINDOW) > 0) {
      return Outcome.clear();
    }
    return Outcome.fired(SINGLE, "days", String.valueOf(before.toDays()));
  }
}
