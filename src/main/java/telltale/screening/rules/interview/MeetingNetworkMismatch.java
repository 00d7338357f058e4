package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * B09: the candidate joined an interview from a network in another country than the one they state,
 * or from a hosting or VPN network: typed in by an interviewer as an address, or reported by a
 * meeting platform as the connection's country and network (the address itself is not kept).
 */
public final class MeetingNetworkMismatch implements Rule {
  @Override
  public String id() {
    return "meeting_network_mismatch";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "country", Set.of("round", "ip", "ipCountry", "claimedCountry"),
        "anonymizer", Set.of("round", "ip", "network"),
        "platformCountry", Set.of("round", "ipCountry", "claimedCountry"),
        "platformAnonymizer", Set.of("round", "network"));
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    List<Interview> withIp =
        profile.interviews().stream().filter(i -> i.meetingIp() != null).toList();
    List<Interview> reported =
        profile.interviews().stream()
            .filter(i -> i.meetingIp() == null)
            .filter(i -> i.meetingCountry() != null || i.meetingNetwork() != null)
            .toList();
    if (withIp.isEmpty() && reported.isEmpty()) {
      return RuleResult.missing("interviews.meetingIp");
    }
    String claimed = profile.location() == null ? null : profile.location().country();
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (Interview interview : withIp) {
      String round = String.valueOf(Rounds.number(profile.interviews(), interview));
      String ip = interview.meetingIp();
      if (claimed != null) {
        Networks.country(ip, lookups.reference())
            .filter(country -> !country.equals(claimed))
            .ifPresent(
                country ->
                    found.add(
                        RuleResult.occurrence(
                            "country",
                            "round",
                            round,
                            "ip",
                            ip,
                            "ipCountry",
                            country,
                            "claimedCountry",
                            claimed)));
      }
      Networks.anonymizer(ip, lookups.reference())
          .ifPresent(
              network ->
                  found.add(
                      RuleResult.occurrence(
                          "anonymizer", "round", round, "ip", ip, "network", network)));
    }
    for (Interview interview : reported) {
      String round = interview.described(Rounds.number(profile.interviews(), interview));
      String country = interview.meetingCountry();
      if (claimed != null && country != null && !country.equals(claimed)) {
        found.add(
            RuleResult.occurrence(
                "platformCountry",
                "round",
                round,
                "ipCountry",
                country,
                "claimedCountry",
                claimed));
      }
      if (interview.meetingNetwork() != null) {
        found.add(
            RuleResult.occurrence(
                "platformAnonymizer", "round", round, "network", interview.meetingNetwork()));
      }
    }
    return RuleResult.of(found);
  }
}
