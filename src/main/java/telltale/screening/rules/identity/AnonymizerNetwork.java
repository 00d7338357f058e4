package telltale.screening.rules.identity;

import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Networks;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

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
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    String ip = profile.application() == null ? null : profile.application().clientIp();
    if (ip == null) {
      return RuleResult.missing("application.clientIp");
    }
    return Networks.anonymizer(ip, lookups.reference())
        .map(network -> RuleResult.fired(SINGLE, "ip", ip, "network", network))
        .orElseGet(RuleResult::clear);
  }
}
