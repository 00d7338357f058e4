package telltale.screening.rules.linkage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A10: a phone, e-mail, address, payroll account holder or equipment shipping address of this
 * candidate also belongs to earlier candidates of another name. Each kind counts once. Shared
 * resume document prints are {@link DocumentPrintReuse}'s, a weaker sign; a shared meeting machine
 * or address is {@link SameMeetingDevice}'s.
 */
public final class SharedAttributes implements Rule {
  private static final Map<String, String> WORDS =
      Map.of(
          "phone", "phone number",
          "email", "e-mail address",
          "address", "postal address",
          "payroll_holder", "payroll account holder",
          "shipping_address", "equipment shipping address");

  @Override
  public String id() {
    return "shared_attributes";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("identifier", "count", "screenings");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Links links = lookups.links();
    if (!links.checked()) {
      return RuleResult.missing("history");
    }
    List<RuleResult.Occurrence> found =
        links.shared().stream()
            .filter(s -> !DocumentPrintReuse.isDocument(s.kind()))
            .filter(s -> !SameMeetingDevice.isMeeting(s.kind()))
            .map(
                s ->
                    RuleResult.occurrence(
                        SINGLE,
                        "identifier",
                        WORDS.getOrDefault(s.kind(), s.kind()),
                        "count",
                        String.valueOf(s.screeningIds().size()),
                        "screenings",
                        String.join(", ", s.screeningIds())))
            .toList();
    return RuleResult.of(found);
  }
}
