package telltale.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.screening.rules.Fixtures.profile;
import static telltale.screening.rules.Fixtures.summary;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import telltale.screening.rules.identity.SanctionsOrKnownBadHit;
import telltale.screening.rules.identity.TimelineInconsistency;

/**
 * Each fake-identity rule against a table of profiles: fires, stays clear, or reports what it
 * lacks.
 */
class IdentityRulesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // A01 phone_voip: Google Voice style numbers are typed VOIP by libphonenumber (UK 056
        // range)
        row(new PhoneVoip(), "{'phones':['+44 56 0123 4567']}", "fired:x"),
        row(new PhoneVoip(), "{'phones':['+1 212 736 5000']}", "clear"),
        row(new PhoneVoip(), "{}", "missing:phones"),
        // A02 phone_geo_mismatch
        row(
            new PhoneGeoMismatch(),
            "{'phones':['+82 2 2100 2114'],'location':{'country':'US'}}",
            "fired:x"),
        row(
            new PhoneGeoMismatch(),
            "{'phones':['+1 212 736 5000'],'location':{'country':'US'}}",
            "clear"),
        row(
            new PhoneGeoMismatch(),
            "{'phones':['(212) 736-5000'],'location':{'country':'US'}}",
            "clear"),
        row(new PhoneGeoMismatch(), "{'phones':['+1 212 736 5000']}", "missing:location.country"),
        // A03 phone_unreachable
        row(
            new PhoneUnreachable(),
            "{'phones':['call me'],'location':{'country':'US'}}",
            "fired:unparseable"),
        row(new PhoneUnreachable(), "{'phones':['+1 000 000 0000']}", "fired:invalid"),
        row(
            new PhoneUnreachable(),
            "{'phones':['+1 212 736 5000'],'verification':{'phoneReachable':false}}",
            "fired:not_reached"),
        row(new PhoneUnreachable(), "{'phones':['+1 212 736 5000']}", "clear"),
        row(new PhoneUnreachable(), "{}", "missing:phones"),
        // A05 email_disposable_or_new
        row(new EmailDisposable(), "{'emails':['dana@mailinator.com']}", "fired:x"),
        row(new EmailDisposable(), "{'emails':['dana@eu.mailinator.com']}", "fired:x"),
        row(new EmailDisposable(), "{'emails':['dana@example.com']}", "clear"),
        // A08 ip_geo_mismatch
        row(
            new IpGeoMismatch(),
            "{'application':{'clientIp':'198.51.100.7'},'location':{'country':'US'}}",
            "fired:x"),
        row(
            new IpGeoMismatch(),
            "{'application':{'clientIp':'203.0.113.7'},'location':{'country':'US'}}",
            "clear"),
        row(
            new IpGeoMismatch(),
            "{'application':{'clientIp':'192.0.2.1'},'location':{'country':'US'}}",
            "clear"),
        row(new IpGeoMismatch(), "{'location':{'country':'US'}}", "missing:application.clientIp"),
        // A09 anonymizer_network
        row(new AnonymizerNetwork(), "{'application':{'clientIp':'203.0.113.130'}}", "fired:x"),
        row(new AnonymizerNetwork(), "{'application':{'clientIp':'203.0.113.7'}}", "clear"),
        // A13 timeline_inconsistency: a position that ENDED before the technology existed
        row(
            new TimelineInconsistency(),
            "{'employment':[{'employer':'N','from':'2005','to':'2009','skills':['kafka']}]}",
            "fired:technology_before_release"),
        row(
            new TimelineInconsistency(),
            "{'employment':[{'employer':'N','from':'2005','to':null,'skills':['kafka']}]}",
            "clear"),
        row(
            new TimelineInconsistency(),
            "{'employment':[{'employer':'N','from':'2008','to':'2011','skills':['Kafka']}]}",
            "clear"),
        row(
            new TimelineInconsistency(),
            "{'employment':[{'employer':'N','from':'2019-05','to':'2018-01'}]}",
            "fired:ends_before_start"),
        row(
            new TimelineInconsistency(),
            "{'education':[{'institution':'U','from':'2017','to':'2013'}]}",
            "fired:ends_before_start"),
        row(
            new TimelineInconsistency(),
            "{'education':[{'institution':'U','from':'2013','to':'2013'}]}",
            "clear"),
        row(new TimelineInconsistency(), "{}", "missing:employment,education"),
        row(
            new TimelineInconsistency(),
            "{'resumeText':'15 years of Kubernetes at scale',"
                + "'application':{'submittedAt':'2026-11-10T15:04:05Z'}}",
            "fired:claimed_longer_than_exists"),
        row(
            new TimelineInconsistency(),
            "{'resumeText':'8 years of Kubernetes at scale',"
                + "'application':{'submittedAt':'2026-11-10T15:04:05Z'}}",
            "clear"),
        // A14 cross_profile_inconsistency
        row(
            new CrossProfileInconsistency(),
            "{'location':{'country':'US'},'addresses':[{'kind':'home','lines':['x'],'country':'CA'}]}",
            "fired:address_country"),
        row(
            new CrossProfileInconsistency(),
            "{'location':{'country':'US'},'addresses':[{'kind':'mailing','lines':['x'],'country':'CA'}]}",
            "missing:addresses,location.timezone"),
        row(
            new CrossProfileInconsistency(),
            "{'location':{'country':'US','timezone':'Asia/Seoul'}}",
            "fired:timezone_country"),
        row(
            new CrossProfileInconsistency(),
            "{'location':{'country':'US','timezone':'America/New_York'}}",
            "clear"),
        row(
            new CrossProfileInconsistency(),
            "{'location':{'country':'BE','timezone':'Europe/Paris'}}",
            "clear"),
        row(new CrossProfileInconsistency(), "{}", "missing:location.country"),
        // A15 linkedin_thin_or_new: absence scores nothing
        row(
            new LinkedinThinOrNew(),
            "{'application':{'submittedAt':'2026-11-10T00:00:00Z'},'footprint':{'linkedin':{'createdOn':'2026-09-01','connections':3}}}",
            "fired:recently_created,few_connections"),
        row(
            new LinkedinThinOrNew(),
            "{'application':{'submittedAt':'2026-11-10T00:00:00Z'},'footprint':{'linkedin':{'createdOn':'2014-09-01','connections':400}}}",
            "clear"),
        row(new LinkedinThinOrNew(), "{}", "missing:footprint.linkedin"),
        // A16 github_fabricated_history
        row(
            new GithubFabricatedHistory(),
            "{'footprint':{'github':{'createdOn':'2024-03-01','earliestCommitOn':'2016-01-01'}}}",
            "fired:x"),
        row(
            new GithubFabricatedHistory(),
            "{'footprint':{'github':{'createdOn':'2024-03-01','earliestCommitOn':'2024-01-15'}}}",
            "clear"),
        row(new GithubFabricatedHistory(), "{}", "missing:footprint.github"),
        // A19, A20, A22 verification statuses
        row(
            new EducationUnverifiable(),
            "{'verification':{'education':'unverifiable'}}",
            "fired:x"),
        row(new EducationUnverifiable(), "{'verification':{'education':'verified'}}", "clear"),
        row(
            new EducationUnverifiable(),
            "{'verification':{'education':'not_run'}}",
            "missing:verification.education"),
        row(
            new EmployerUnverifiable(),
            "{'verification':{'employment':'unverifiable'}}",
            "fired:x"),
        row(
            new IdentityBelongsToOther(),
            "{'verification':{'background':'identity_mismatch'}}",
            "fired:x"),
        row(new IdentityBelongsToOther(), "{'verification':{'background':'clear'}}", "clear"),
        row(new IdentityBelongsToOther(), "{}", "missing:verification.background"),
        // A21 address_anomaly: only a home address that is a mail drop
        row(
            new AddressAnomaly(),
            "{'addresses':[{'kind':'home','lines':['P.O. Box 1204']}]}",
            "fired:x"),
        row(
            new AddressAnomaly(),
            "{'addresses':[{'kind':'home','lines':['1204 Elm St','PMB 33']}]}",
            "fired:x"),
        row(
            new AddressAnomaly(),
            "{'addresses':[{'kind':'mailing','lines':['PO Box 1204']}]}",
            "clear"),
        row(
            new AddressAnomaly(),
            "{'addresses':[{'kind':'home','lines':['12 Boxwood Lane']}]}",
            "clear"),
        // A23 sanctions_or_known_bad_hit: each distinct identifier counts
        row(
            new SanctionsOrKnownBadHit(),
            "{'emails':['a@seized-front.example'],'employment':[{'domain':'seized-front.example'}]}",
            "fired:x"),
        row(new SanctionsOrKnownBadHit(), "{'emails':['a@mail.seized-front.example']}", "fired:x"),
        row(
            new SanctionsOrKnownBadHit(),
            "{'emails':['a@example.com'],'employment':[{'domain':'lakeside.com'}]}",
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
