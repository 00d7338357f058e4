package telltale.screening.rules.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A02: an internationally written phone number belongs to another country than the one the
 * candidate says they live in. Compares two of the candidate's own statements; no country is
 * weighted as such.
 */
public final class PhoneGeoMismatch implements Rule {
  @Override
  public String id() {
    return "phone_geo_mismatch";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("phone", "phoneCountry", "claimedCountry");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    String claimed = profile.location() == null ? null : profile.location().country();
    if (profile.phones().isEmpty() || claimed == null) {
      return RuleResult.missing(profile.phones().isEmpty() ? "phones" : "location.country");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (String raw : profile.phones()) {
      Phones.Reading reading = Phones.read(raw, profile);
      if (reading.valid() && reading.international()) {
        reading
            .region()
            .filter(region -> !region.equals(claimed))
            .ifPresent(
                region ->
                    found.add(
                        RuleResult.occurrence(
                            SINGLE,
                            "phone",
                            raw,
                            "phoneCountry",
                            region,
                            "claimedCountry",
                            claimed)));
      }
    }
    return RuleResult.of(found);
  }
}
