package telltale.screening.rules.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A05: the e-mail address is at a disposable (throw-away) mail provider. */
public final class EmailDisposable implements Rule {
  @Override
  public String id() {
    return "email_disposable_or_new";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("email", "domain");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    if (profile.emails().isEmpty()) {
      return RuleResult.missing("emails");
    }
    List<RuleResult.Occurrence> found =
        profile.emails().stream()
            .flatMap(
                email ->
                    lookups
                        .reference()
                        .disposableEmailDomains()
                        .match(Emails.domain(email))
                        .stream()
                        .map(
                            domain ->
                                RuleResult.occurrence(SINGLE, "email", email, "domain", domain)))
            .toList();
    return RuleResult.of(found);
  }
}
