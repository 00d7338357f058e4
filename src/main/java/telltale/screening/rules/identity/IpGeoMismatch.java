package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.Application;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Application application = profile.application();
    String ip = application == null ? null : application.clientIp();
    String claimed = profile.location() == null ? null : profile.location().country();
    if (ip == null || claimed == null) {
      return Outcome.missing(ip == null ? "application.clientIp" : "location.country");
    }
    return Networks.country(ip, context.reference())
        .filter(country -> !country.equals(claimed))
        .map(
            country ->
                Outcome.fired(SINGLE, "ip", ip, "ipCountry", country, "claimedCountry", claimed))
        .orElseGet(Outcome::clear);
  }
}
