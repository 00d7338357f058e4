package telltale.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.screening.rules.Fixtures.profile;
import static telltale.screening.rules.Fixtures.summary;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.Observation;
import telltale.screening.rules.interview.DeviceChangedBetweenRounds;
import telltale.screening.rules.interview.IdCheckRefusedOrFailed;
import telltale.screening.rules.interview.MeetingNetworkMismatch;
import telltale.screening.rules.interview.ObservedInInterview;
import telltale.screening.rules.interview.OddHoursPattern;
import telltale.screening.rules.interview.VirtualCamera;
import telltale.screening.rules.onboarding.AddressChangedBeforeShipment;
import telltale.screening.rules.onboarding.CryptoPayRequest;
import telltale.screening.rules.onboarding.OnboardingInPersonAvoidance;
import telltale.screening.rules.onboarding.PayrollAccountAnomaly;
import telltale.screening.rules.onboarding.RemoteAccessTooling;
import telltale.screening.rules.onboarding.ShipToOtherAddress;

/** Proxy-interview and onboarding rules against tables of profiles. */
class InterviewAndOnboardingRulesTest {
  static final String HOME =
      "{'kind':'home','lines':['1204 Elm Street'],'city':'Austin','postalCode':'78701','country':'US'}";

  static Stream<Arguments> cases() {
    return Stream.of(
        // B-series observations: each round counts once
        row(
            new ObservedInInterview(Observation.camera_refusal),
            "{'interviews':[{'round':1,'observations':['camera_refusal']},{'round':2,'observations':['camera_refusal']}]}",
            "fired:x,x"),
        row(
            new ObservedInInterview(Observation.av_desync),
            "{'interviews':[{'round':1,'observations':['camera_refusal']}]}",
            "clear"),
        row(new ObservedInInterview(Observation.av_desync), "{}", "missing:interviews"),
        // B12 from the interviewer or the identity-verification vendor
        row(
            new IdCheckRefusedOrFailed(),
            "{'interviews':[{'observations':['id_check_refused_or_failed']}]}",
            "fired:observed"),
        row(
            new IdCheckRefusedOrFailed(),
            "{'verification':{'identity':'mismatch'}}",
            "fired:idv_mismatch"),
        row(
            new IdCheckRefusedOrFailed(),
            "{'verification':{'identity':'failed'}}",
            "fired:idv_failed"),
        row(new IdCheckRefusedOrFailed(), "{'verification':{'identity':'passed'}}", "clear"),
        row(
            new IdCheckRefusedOrFailed(),
            "{'verification':{'identity':'not_run'}}",
            "missing:interviews,verification.identity"),
        // B09 meeting network
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'meetingIp':'198.51.100.20'}]}",
            "fired:country"),
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'meetingIp':'203.0.113.130'}]}",
            "fired:anonymizer"),
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'meetingIp':'203.0.113.20'}]}",
            "clear"),
        row(
            new MeetingNetworkMismatch(),
            "{'interviews':[{'round':1}]}",
            "missing:interviews.meetingIp"),
        // B09 as a meeting platform reports it: country and network, never the address
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'round':2,'source':'Zoom','meetingCountry':'KR'}]}",
            "fired:platformCountry"),
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'round':2,'source':'Zoom','meetingCountry':'US','meetingNetwork':'DigitalOcean (hosting)'}]}",
            "fired:platformAnonymizer"),
        row(
            new MeetingNetworkMismatch(),
            "{'location':{'country':'US'},'interviews':[{'round':2,'source':'Zoom','meetingCountry':'US'}]}",
            "clear"),
        // a listed virtual camera that can send any picture; ordinary ones and unlisted never fire
        row(
            new VirtualCamera(),
            "{'interviews':[{'round':2,'source':'Zoom','camera':'OBS Virtual Camera'}]}",
            "fired:x"),
        row(
            new VirtualCamera(),
            "{'interviews':[{'round':2,'source':'Zoom','camera':'Camo'}]}",
            "clear"),
        row(
            new VirtualCamera(),
            "{'interviews':[{'round':2,'source':'Zoom'}]}",
            "missing:interviews.camera"),
        // a different machine between rounds, compared only within one kind of identifier
        row(
            new DeviceChangedBetweenRounds(),
            "{'interviews':[{'round':1,'source':'Zoom','deviceKey':'disk:aa'},{'round':2,'source':'Zoom','deviceKey':'disk:bb'}]}",
            "fired:x"),
        row(
            new DeviceChangedBetweenRounds(),
            "{'interviews':[{'round':1,'source':'Zoom','deviceKey':'disk:aa'},{'round':2,'source':'Zoom','deviceKey':'pc:bb'}]}",
            "clear"),
        row(
            new DeviceChangedBetweenRounds(),
            "{'interviews':[{'round':1,'source':'Zoom','deviceKey':'disk:aa'},{'round':2,'source':'Zoom','deviceKey':'disk:aa'}]}",
            "clear"),
        row(
            new DeviceChangedBetweenRounds(),
            "{'interviews':[{'round':2,'source':'Zoom','deviceKey':'disk:aa'}]}",
            "missing:interviews.deviceKey"),
        // B10 night-time interviews at the stated location (America/Chicago is UTC-6 in November)
        row(
            new OddHoursPattern(),
            "{'location':{'timezone':'America/Chicago'},'interviews':[{'at':'2026-11-14T08:00:00Z'},{'at':'2026-11-15T09:30:00Z'}]}",
            "fired:x"),
        row(
            new OddHoursPattern(),
            "{'location':{'timezone':'America/Chicago'},'interviews':[{'at':'2026-11-14T08:00:00Z'},{'at':'2026-11-15T16:00:00Z'}]}",
            "clear"),
        row(
            new OddHoursPattern(),
            "{'interviews':[{'at':'2026-11-14T08:00:00Z'}]}",
            "missing:location.timezone"),
        // C01 ship to another address; abbreviations and case do not matter
        row(
            new ShipToOtherAddress(),
            "{'addresses':["
                + HOME
                + "],'onboarding':{'shippingAddress':{'lines':['77 Harbor Road'],'city':'Reno','country':'US'}}}",
            "fired:x"),
        row(
            new ShipToOtherAddress(),
            "{'addresses':["
                + HOME
                + "],'onboarding':{'shippingAddress':{'lines':['1204 ELM ST.'],'city':'austin','postalCode':'78701','country':'US'}}}",
            "clear"),
        row(
            new ShipToOtherAddress(),
            "{'onboarding':{'shippingAddress':{'lines':['77 Harbor Road']}}}",
            "missing:addresses"),
        // C02 address changed just before shipment
        row(
            new AddressChangedBeforeShipment(),
            "{'onboarding':{'addressChangedAt':'2026-11-01T00:00:00Z','equipmentShippedAt':'2026-11-03T00:00:00Z'}}",
            "fired:x"),
        row(
            new AddressChangedBeforeShipment(),
            "{'onboarding':{'addressChangedAt':'2026-01-01T00:00:00Z','equipmentShippedAt':'2026-11-03T00:00:00Z'}}",
            "clear"),
        row(
            new AddressChangedBeforeShipment(),
            "{'onboarding':{'equipmentShippedAt':'2026-11-03T00:00:00Z'}}",
            "missing:onboarding.addressChangedAt"),
        // C03 payroll holder: the same person written differently never fires
        row(
            new PayrollAccountAnomaly(),
            "{'name':{'first':'Dana','last':'Reyes'},'onboarding':{'payrollAccountHolder':'Chris Park'}}",
            "fired:x"),
        row(
            new PayrollAccountAnomaly(),
            "{'name':{'first':'Dana','last':'Reyes'},'onboarding':{'payrollAccountHolder':'REYES, Dana M.'}}",
            "clear"),
        row(
            new PayrollAccountAnomaly(),
            "{'name':{'first':'José','last':'Núñez'},'onboarding':{'payrollAccountHolder':'Jose Nunez'}}",
            "clear"),
        row(
            new PayrollAccountAnomaly(),
            "{'name':{'first':'민준','last':'김'},'onboarding':{'payrollAccountHolder':'김민준'}}",
            "clear"),
        row(
            new PayrollAccountAnomaly(),
            "{'onboarding':{'payrollAccountHolder':'Chris Park'}}",
            "missing:name"),
        // C04, C08, C12
        row(new CryptoPayRequest(), "{'onboarding':{'paymentMethod':'crypto'}}", "fired:crypto"),
        row(new CryptoPayRequest(), "{'onboarding':{'paymentMethod':'payroll_card'}}", "clear"),
        row(
            new RemoteAccessTooling(),
            "{'onboarding':{'remoteAccessTools':['anydesk','PiKVM']}}",
            "fired:x"),
        row(
            new RemoteAccessTooling(),
            "{'onboarding':{'remoteAccessTools':['ConnectWise Control']}}",
            "clear"),
        row(new RemoteAccessTooling(), "{'onboarding':{'remoteAccessTools':[]}}", "clear"),
        row(new RemoteAccessTooling(), "{'onboarding':{}}", "missing:onboarding.remoteAccessTools"),
        row(
            new OnboardingInPersonAvoidance(),
            "{'onboarding':{'inPersonOnboarding':'declined'}}",
            "fired:x"),
        row(
            new OnboardingInPersonAvoidance(),
            "{'onboarding':{'inPersonOnboarding':'completed'}}",
            "clear"));
  }

  static Arguments row(Rule rule, String json, String expected) {
    return Arguments.of(rule, Fixtures.withId(json), expected);
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("cases")
  void decides(Rule rule, String json, String expected) {
    assertEquals(expected, summary(rule.evaluate(profile(json), Fixtures.CONTEXT)));
  }
}
