package telltale.screening.rules.identity;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A01: the phone is a VoIP number. Weak: common among genuine candidates. */
public final class PhoneVoip implements Rule {
  @Override
  public String id() {
    return "phone_voip";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("phone");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    if (profile.phones().isEmpty()) {
      return RuleResult.missing("phones");
    }
    List<RuleResult.Occurrence> found =
        profile.phones().stream()
            .map(raw -> Phones.read(raw, profile))
            .filter(r -> r.valid() && Phones.UTIL.getNumberType(r.number()) == PhoneNumberType.VOIP)
            .map(r -> RuleResult.occurrence(SINGLE, "phone", r.raw()))
            .toList();
    return RuleResult.of(found);
  }
}
