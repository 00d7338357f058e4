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
 * A03: a phone number that does not parse, is not a valid number, or that the recruiter could not
 * reach. An unusable number is candidate data, never a client error.
 */
public final class PhoneUnreachable implements Rule {
  @Override
  public String id() {
    return "phone_unreachable";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "unparseable", Set.of("phone"), "invalid", Set.of("phone"), "not_reached", Set.of());
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Boolean reachable =
        profile.verification() == null ? null : profile.verification().phoneReachable();
    if (profile.phones().isEmpty() && reachable == null) {
      return RuleResult.missing("phones");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (String raw : profile.phones()) {
      Phones.Reading reading = Phones.read(raw, profile);
      if (!reading.parsed() && !reading.needsCountry()) {
        found.add(RuleResult.occurrence("unparseable", "phone", raw));
      } else if (reading.parsed() && !reading.valid()) {
        found.add(RuleResult.occurrence("invalid", "phone", raw));
      }
    }
    if (Boolean.FALSE.equals(reachable)) {
      found.add(RuleResult.occurrence("not_reached"));
    }
    return RuleResult.of(found);
  }
}
