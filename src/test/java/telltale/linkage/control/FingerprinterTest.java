package telltale.linkage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Fixtures;

/**
 * The same identifier written differently gives one fingerprint; allow-listed contacts give none.
 */
class FingerprinterTest {
  static final byte[] SECRET = "unit-test-linkage-secret".getBytes(StandardCharsets.UTF_8);
  static final Fingerprinter PRINTS =
      new Fingerprinter(
          SECRET,
          new AllowList(
              List.of("staffing-agency.example"),
              List.of("+1 212 555 0100"),
              List.of("1 Office Plaza")));

  static CandidateProfile profile(String compact) {
    return Fixtures.profile(Fixtures.withId(compact));
  }

  static List<Fingerprint> prints(String compact) {
    return PRINTS.of(profile(compact));
  }

  static Stream<Arguments> sameIdentifier() {
    return Stream.of(
        Arguments.of(
            "{'phones':['+1 212 736 5000']}",
            "{'phones':['(212) 736-5000'],'location':{'country':'US'}}"),
        Arguments.of("{'phones':['+44 20 7946 0958']}", "{'phones':['0044 20 7946 0958']}"),
        Arguments.of(
            "{'emails':['Dana.Reyes@Gmail.com']}", "{'emails':['danareyes+jobs@googlemail.com']}"),
        Arguments.of("{'emails':['dana@example.com']}", "{'emails':['DANA+x@example.com']}"),
        Arguments.of(
            "{'addresses':[{'lines':['1204 Elm Street'],'city':'Austin','postalCode':'78701'}]}",
            "{'addresses':[{'lines':['1204 ELM ST.'],'city':'austin','postalCode':'78701'}]}"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("sameIdentifier")
  void writtenDifferentlyIsTheSamePrint(String a, String b) {
    assertEquals(prints(a), prints(b));
    assertEquals(1, prints(a).size());
  }

  @Test
  void differentIdentifiersDiffer() {
    assertNotEquals(
        prints("{'emails':['dana.reyes@example.com']}"),
        prints("{'emails':['danareyes@example.com']}"));
  }

  @Test
  void printsAreKeyedHashesNeverTheValue() {
    Fingerprint print = prints("{'phones':['+1 212 736 5000']}").get(0);
    assertEquals(64, print.hash().length());
    assertTrue(!print.hash().contains("2127365000"));
    Fingerprinter otherKey =
        new Fingerprinter(
            "another-secret-value".getBytes(StandardCharsets.UTF_8), AllowList.none());
    assertNotEquals(print, otherKey.of(profile("{'phones':['+1 212 736 5000']}")).get(0));
  }

  @Test
  void allowListedAgencyAndOfficeContactsAreNotPrinted() {
    assertTrue(
        prints("{'emails':['recruiter@staffing-agency.example'],'phones':['+1 212 555 0100']}")
            .isEmpty());
    assertTrue(prints("{'addresses':[{'lines':['1 Office Plaza'],'city':'Austin'}]}").isEmpty());
  }

  @Test
  void onboardingPrintsPayrollHolderAndShippingAddress() {
    var kinds =
        prints(
                "{'onboarding':{'payrollAccountHolder':'Chris Park','shippingAddress':{'lines':['77 Harbor Road']}}}")
            .stream()
            .map(Fingerprint::kind)
            .toList();
    assertEquals(List.of("payroll_holder", "shipping_address"), kinds);
  }

  @Test
  void theNameKeyIgnoresScriptOrderCaseAndSpacing() {
    String key = PRINTS.nameKey(profile("{'name':{'first':'민준','last':'김'}}")).orElseThrow();
    assertEquals(key, PRINTS.nameKey(profile("{'name':{'first':'김민준'}}")).orElseThrow());
    assertEquals(
        PRINTS.nameKey(profile("{'name':{'first':'José','last':'Núñez'}}")),
        PRINTS.nameKey(profile("{'name':{'first':'NUNEZ','last':'jose'}}")));
    assertNotEquals(
        key, PRINTS.nameKey(profile("{'name':{'first':'Dana','last':'Reyes'}}")).orElseThrow());
  }
}
