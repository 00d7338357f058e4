package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A meeting platform identified a different machine in one round than in an earlier one (compared
 * as keyed hashes of the same kind of identifier: disk, MAC address or machine name). Corroborates
 * person_inconsistent_across_rounds; another laptop explains it innocently.
 */
public final class DeviceChangedBetweenRounds implements Rule {
  @Override
  public String id() {
    return "meeting_device_changed";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("rounds", "source");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    List<Interview> known =
        profile.interviews().stream().filter(i -> i.deviceKey() != null).toList();
    if (known.size() < 2) {
      return RuleResult.missing("interviews.deviceKey");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (int later = 1; later < known.size(); later++) {
      Interview now = known.get(later);
      for (int earlier = 0; earlier < later; earlier++) {
        Interview before = known.get(earlier);
        if (kind(before).equals(kind(now)) && !before.deviceKey().equals(now.deviceKey())) {
          found.add(
              RuleResult.occurrence(
                  SINGLE,
                  "rounds",
                  Rounds.describe(
                      List.of(
                          Rounds.number(profile.interviews(), before),
                          Rounds.number(profile.interviews(), now))),
                  "source",
                  now.source() == null ? "the meeting platform" : now.source()));
          break;
        }
      }
    }
    return RuleResult.of(found.isEmpty() ? found : List.of(found.get(0)));
  }

  private static String kind(Interview interview) {
    String key = interview.deviceKey();
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(0, colon);
  }
}
