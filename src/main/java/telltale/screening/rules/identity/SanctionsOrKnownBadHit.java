package telltale.screening.rules.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Employment;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A23: an e-mail or employer domain is on a published list of seized or designated front-company
 * domains. Each distinct identifier counts once; a single hit reaches HIGH, two reach CRITICAL.
 */
public final class SanctionsOrKnownBadHit implements Rule {
  private static final String LIST = "the published list of seized or designated domains";

  @Override
  public String id() {
    return "sanctions_or_known_bad_hit";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("field", "domain", "list");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    List<String> employerDomains =
        profile.employment().stream().map(Employment::domain).filter(d -> d != null).toList();
    if (profile.emails().isEmpty() && employerDomains.isEmpty()) {
      return RuleResult.missing("emails", "employment.domain");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (String email : profile.emails()) {
      lookups
          .reference()
          .knownBadDomains()
          .match(Emails.domain(email))
          .filter(seen::add)
          .ifPresent(
              d ->
                  found.add(
                      RuleResult.occurrence(
                          SINGLE, "field", "e-mail domain", "domain", d, "list", LIST)));
    }
    for (String domain : employerDomains) {
      lookups
          .reference()
          .knownBadDomains()
          .match(domain)
          .filter(seen::add)
          .ifPresent(
              d ->
                  found.add(
                      RuleResult.occurrence(
                          SINGLE, "field", "employer domain", "domain", d, "list", LIST)));
    }
    return RuleResult.of(found);
  }
}
