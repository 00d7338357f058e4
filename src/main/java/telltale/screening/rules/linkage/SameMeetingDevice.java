package telltale.screening.rules.linkage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A14: the machine a meeting platform identified in this candidate's interview, or the public
 * address the interview connection came from, was also seen in an earlier screening of another name
 * (both compared as keyed hashes; neither is kept in clear). Only the other screenings' ids are
 * named. A shared family laptop, co-working space, university network, VPN exit or the employer's
 * interview room explains it innocently.
 */
public final class SameMeetingDevice implements Rule {
  static final String DEVICE = "meeting_device";
  static final String NETWORK = "meeting_network";
  private static final Map<String, String> WORDS =
      Map.of(DEVICE, "interview machine", NETWORK, "interview connection address");

  static boolean isMeeting(String kind) {
    return WORDS.containsKey(kind);
  }

  @Override
  public String id() {
    return "meeting_device_shared";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("identifier", "count", "screenings");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    boolean anyMeeting =
        profile.interviews().stream()
            .anyMatch(
                i -> i.deviceKey() != null || i.meetingIp() != null || i.networkKey() != null);
    if (!anyMeeting) {
      return RuleResult.missing("interviews.deviceKey");
    }
    Links links = lookups.links();
    if (!links.checked()) {
      return RuleResult.missing("history");
    }
    List<RuleResult.Occurrence> found =
        links.shared().stream()
            .filter(s -> isMeeting(s.kind()))
            .map(
                s ->
                    RuleResult.occurrence(
                        SINGLE,
                        "identifier",
                        WORDS.get(s.kind()),
                        "count",
                        String.valueOf(s.screeningIds().size()),
                        "screenings",
                        String.join(", ", s.screeningIds())))
            .toList();
    return RuleResult.of(found);
  }
}
