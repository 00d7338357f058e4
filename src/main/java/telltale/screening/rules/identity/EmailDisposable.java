package telltale.screening.rules.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    if (profile.emails().isEmpty()) {
      return Outcome.missing("emails");
    }
    List<Outcome.Occurrence> found =
        profile.emails().stream()
            .flatMap(
                email ->
                    context
                        .reference()
                        .disposableEmailDomains()
                        .match(Emails.domain(email))
                        .stream()
                        .map(
                            domain -> Outcome.occurrence(SINGLE, "email", email, "domain", domain)))
            .toList();
    return Outcome.of(found);
  }
}
