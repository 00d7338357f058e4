package telltale.screening.rules.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Boolean reachable =
        profile.verification() == null ? null : profile.verification().phoneReachable();
    if (profile.phones().isEmpty() && reachable == null) {
      return Outcome.missing("phones");
    }
    List<Outcome.Occurrence> found = new ArrayList<>();
    for (String raw : profile.phones()) {
      Phones.Reading reading = Phones.read(raw, profile);
      if (!reading.parsed() && !reading.needsCountry()) {
        found.add(Outcome.occurrence("unparseable", "phone", raw));
      } else if (reading.parsed() && !reading.valid()) {
        found.add(Outcome.occurrence("invalid", "phone", raw));
      }
    }
    if (Boolean.FALSE.equals(reachable)) {
      found.add(Outcome.occurrence("not_reached"));
    }
    return Outcome.of(found);
  }
}
