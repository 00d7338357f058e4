package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Submission;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A08: the application was sent from a network in another country than the one the candidate
 * states.
 */
public final class IpGeoMismatch implements Rule {
  @Override
  public String id() {
    return "ip_geo_mismatch";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("ip", "ipCountry", "claimedCountry");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Submission application = profile.application();
    String ip = application == null ? null : application.clientIp();
    String claimed = profile.location() == null ? null : profile.location().country();
    if (ip == null || claimed == null) {
      return RuleResult.missing(ip == null ? "application.clientIp" : "location.country");
    }
    return Networks.country(ip, lookups.reference())
        .filter(country -> !country.equals(claimed))
        .map(
            country ->
                RuleResult.fired(SINGLE, "ip", ip, "ipCountry", country, "claimedCountry", claimed))
        .orElseGet(RuleResult::clear);
  }
}
