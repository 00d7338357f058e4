package telltale.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import telltale.profile.CandidateProfile;
import telltale.profile.Onboarding;
import telltale.profile.Verification;
import telltale.screening.entity.Provenance;

class FactsTest {
  static final Instant MONDAY = Instant.parse("2026-12-01T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-12-02T09:00:00Z");

  static CandidateProfile application() {
    return CandidateProfile.builder("c-1").phones(List.of("+14155550100")).build();
  }

  static CandidateProfile payroll() {
    return CandidateProfile.builder("c-1")
        .onboarding(new Onboarding(null, null, null, "Dana Reyes", null, null, null))
        .build();
  }

  static CandidateProfile identity() {
    return CandidateProfile.builder("c-1")
        .verification(new Verification(Verification.Identity.passed, null, null, null, null))
        .build();
  }

  @Test
  void piecemealSectionsAreNamedFieldByFieldAndOthersWhole() {
    CandidateProfile both = application().completedWith(payroll());
    assertEquals(List.of("phones", "onboarding.payrollAccountHolder"), Facts.of(both));
  }

  @Test
  void whatArrivesComesFromItsSenderAndEverythingElseKeepsItsOrigin() {
    List<Provenance> first =
        Facts.after(List.of(), application(), application(), "webhook:greenhouse/default", MONDAY);
    CandidateProfile merged = application().completedWith(payroll());
    List<Provenance> second = Facts.after(first, merged, payroll(), "HR system", TUESDAY);
    assertEquals(
        List.of(
            new Provenance("phones", "webhook:greenhouse/default", "Greenhouse", MONDAY),
            new Provenance("onboarding.payrollAccountHolder", "HR system", "HR system", TUESDAY)),
        second);
  }

  @Test
  void twoSystemsFillingOneSectionKeepBothFacts() {
    CandidateProfile merged = application().completedWith(payroll()).completedWith(identity());
    assertEquals(
        List.of("phones", "verification.identity", "onboarding.payrollAccountHolder"),
        Facts.of(merged));
    assertEquals("Dana Reyes", merged.onboarding().payrollAccountHolder());
  }

  @Test
  void aRuleIsFedByTheFactsItReads() {
    List<Provenance> all =
        Facts.after(
            List.of(),
            application().completedWith(payroll()),
            application().completedWith(payroll()),
            "x",
            MONDAY);
    assertEquals(
        List.of("onboarding.payrollAccountHolder"),
        Provenance.feeding(all, List.of("onboarding.payrollAccountHolder", "name")).stream()
            .map(Provenance::fact)
            .toList());
    assertEquals(
        List.of("phones"),
        Provenance.feeding(all, List.of("phones", "location.country")).stream()
            .map(Provenance::fact)
            .toList());
  }

  @ParameterizedTest
  @CsvSource({
    "persona, Persona",
    "zoom, Zoom",
    "github, GitHub",
    "webhook:greenhouse/default, Greenhouse",
    "webhook:generic/payroll-provider, payroll-provider",
    "link:abcdefgh, the interviewer (card form)",
    "HR system, HR system"
  })
  void sourcesHaveFriendlyNames(String actor, String name) {
    assertEquals(name, Sources.friendly(actor));
  }
}
