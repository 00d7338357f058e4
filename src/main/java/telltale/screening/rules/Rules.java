package telltale.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import telltale.profile.Observation;
import telltale.screening.rules.identity.AddressAnomaly;
import telltale.screening.rules.identity.AnonymizerNetwork;
import telltale.screening.rules.identity.CrossProfileInconsistency;
import telltale.screening.rules.identity.EducationUnverifiable;
import telltale.screening.rules.identity.EmailDisposable;
import telltale.screening.rules.identity.EmployerUnverifiable;
import telltale.screening.rules.identity.GithubFabricatedHistory;
import telltale.screening.rules.identity.IdentityBelongsToOther;
import telltale.screening.rules.identity.IpGeoMismatch;
import telltale.screening.rules.identity.LinkedinThinOrNew;
import telltale.screening.rules.identity.PhoneGeoMismatch;
import telltale.screening.rules.identity.PhoneUnreachable;
import telltale.screening.rules.identity.PhoneVoip;
import telltale.screening.rules.identity.ResumeSavedAfterApplying;
import telltale.screening.rules.identity.SanctionsOrKnownBadHit;
import telltale.screening.rules.identity.TimelineInconsistency;
import telltale.screening.rules.interview.DeviceChangedBetweenRounds;
import telltale.screening.rules.interview.IdCheckRefusedOrFailed;
import telltale.screening.rules.interview.MeetingNetworkMismatch;
import telltale.screening.rules.interview.ObservedInInterview;
import telltale.screening.rules.interview.OddHoursPattern;
import telltale.screening.rules.interview.VirtualCamera;
import telltale.screening.rules.linkage.DocumentPrintReuse;
import telltale.screening.rules.linkage.ResumeTextReuse;
import telltale.screening.rules.linkage.SameMeetingDevice;
import telltale.screening.rules.linkage.SharedAttributes;
import telltale.screening.rules.onboarding.AddressChangedBeforeShipment;
import telltale.screening.rules.onboarding.CryptoPayRequest;
import telltale.screening.rules.onboarding.OnboardingInPersonAvoidance;
import telltale.screening.rules.onboarding.PayrollAccountAnomaly;
import telltale.screening.rules.onboarding.RemoteAccessTooling;
import telltale.screening.rules.onboarding.ShipToOtherAddress;

/** Every evaluator the engine knows; each must have an entry of the same id in the catalogue. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    // fake identity (application time)
    rules.add(new PhoneVoip());
    rules.add(new PhoneGeoMismatch());
    rules.add(new PhoneUnreachable());
    rules.add(new EmailDisposable());
    rules.add(new IpGeoMismatch());
    rules.add(new AnonymizerNetwork());
    rules.add(new TimelineInconsistency());
    rules.add(new CrossProfileInconsistency());
    rules.add(new LinkedinThinOrNew());
    rules.add(new GithubFabricatedHistory());
    rules.add(new EducationUnverifiable());
    rules.add(new EmployerUnverifiable());
    rules.add(new AddressAnomaly());
    rules.add(new IdentityBelongsToOther());
    rules.add(new SanctionsOrKnownBadHit());
    // fake identity across candidates (needs the history)
    rules.add(new SharedAttributes());
    rules.add(new ResumeTextReuse());
    rules.add(new DocumentPrintReuse());
    rules.add(new ResumeSavedAfterApplying());
    // proxy interview
    rules.addAll(ObservedInInterview.all(Set.of(Observation.id_check_refused_or_failed)));
    rules.add(new IdCheckRefusedOrFailed());
    rules.add(new MeetingNetworkMismatch());
    rules.add(new OddHoursPattern());
    rules.add(new VirtualCamera());
    rules.add(new DeviceChangedBetweenRounds());
    rules.add(new SameMeetingDevice());
    // onboarding and payment
    rules.add(new ShipToOtherAddress());
    rules.add(new AddressChangedBeforeShipment());
    rules.add(new PayrollAccountAnomaly());
    rules.add(new CryptoPayRequest());
    rules.add(new RemoteAccessTooling());
    rules.add(new OnboardingInPersonAvoidance());
    return List.copyOf(rules);
  }
}
