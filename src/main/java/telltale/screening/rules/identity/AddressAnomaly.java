package telltale.screening.rules.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.profile.CandidateProfile;
import telltale.profile.PostalAddress;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A21: the home address given is a PO box or a private mailbox rather than a residence. */
public final class AddressAnomaly implements Rule {
  private static final Map<String, Pattern> MAIL_DROPS =
      Map.of(
          "PO box",
              Pattern.compile(
                  "\\b(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|postfach|apartado)\\b",
                  Pattern.CASE_INSENSITIVE),
          "private mailbox (PMB)",
              Pattern.compile("\\b(pmb|private\\s+mail\\s*box)\\b", Pattern.CASE_INSENSITIVE));

  @Override
  public String id() {
    return "address_anomaly";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("addressKind", "pattern");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    if (profile.addresses().isEmpty()) {
      return RuleResult.missing("addresses");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (PostalAddress address : profile.addresses()) {
      if (address.kind() != PostalAddress.Use.home) {
        continue; // a PO box as mailing address is ordinary
      }
      String text = String.join(" ", address.lines());
      MAIL_DROPS.entrySet().stream()
          .filter(e -> e.getValue().matcher(text).find())
          .map(Map.Entry::getKey)
          .sorted()
          .findFirst()
          .ifPresent(
              pattern ->
                  found.add(
                      RuleResult.occurrence(SINGLE, "addressKind", "home", "pattern", pattern)));
    }
    return RuleResult.of(found);
  }
}
