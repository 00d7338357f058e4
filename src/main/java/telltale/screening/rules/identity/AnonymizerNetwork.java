package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/** A09: the application came from a hosting, VPS or VPN network. Weak: only corroborates. */
public final class AnonymizerNetwork implements Rule {
  @Override
  public String id() {
    return "anonymizer_network";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("ip", "network");
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    String ip = profile.application() == null ? null : profile.application().clientIp();
    if (ip == null) {
      return Outcome.missing("application.clientIp");
    }
    return Networks.anonymizer(ip, context.reference())
        .map(network -> Outcome.fired(SINGLE, "ip", ip, "network", network))
        .orElseGet(Outcome::clear);
  }
}
