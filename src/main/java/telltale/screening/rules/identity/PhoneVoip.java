package telltale.screening.rules.identity;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    if (profile.phones().isEmpty()) {
      return Outcome.missing("phones");
    }
    List<Outcome.Occurrence> found =
        profile.phones().stream()
            .map(raw -> Phones.read(raw, profile))
            .filter(r -> r.valid() && Phones.UTIL.getNumberType(r.number()) == PhoneNumberType.VOIP)
            .map(r -> Outcome.occurrence(SINGLE, "phone", r.raw()))
            .toList();
    return Outcome.of(found);
  }
}
