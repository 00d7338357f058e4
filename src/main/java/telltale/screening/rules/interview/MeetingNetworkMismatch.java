package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.screening.rules.Context;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/**
 * B09: the candidate joined an interview from a network in another country than the one they state,
 * or from a hosting or VPN network.
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
        "anonymizer", Set.of("round", "ip", "network"));
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    List<Interview> withIp =
        profile.interviews().stream().filter(i -> i.meetingIp() != null).toList();
    if (withIp.isEmpty()) {
      return Outcome.missing("interviews.meetingIp");
    }
    String claimed = profile.location() == null ? null : profile.location().country();
    List<Outcome.Occurrence> found = new ArrayList<>();
    for (Interview interview : withIp) {
      String round = String.valueOf(Rounds.number(profile.interviews(), interview));
      String ip = interview.meetingIp();
      if (claimed != null) {
        Networks.country(ip, context.reference())
            .filter(country -> !country.equals(claimed))
            .ifPresent(
                country ->
                    found.add(
                        Outcome.occurrence(
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
      Networks.anonymizer(ip, context.reference())
          .ifPresent(
              network ->
                  found.add(
                      Outcome.occurrence(
                          "anonymizer", "round", round, "ip", ip, "network", network)));
    }
    return Outcome.of(found);
  }
}
