package telltale.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A later delivery from the candidate's source against what other systems added to the case. */
class CandidateProfileTest {
  static final Onboarding PAYROLL =
      new Onboarding(null, null, null, "Alex Moreau", null, List.of(), null);
  static final Verification PASSED =
      new Verification(Verification.Identity.passed, null, null, null, null);

  @Test
  void aLaterDeliveryKeepsWhatOtherSystemsAddedWhereItSaysNothing() {
    CandidateProfile earlier =
        CandidateProfile.builder("c-1")
            .phones(List.of("+1 212 736 5000"))
            .onboarding(PAYROLL)
            .verification(PASSED)
            .interviews(List.of(new Interview(1, null, null, List.of())))
            .build();
    CandidateProfile later =
        CandidateProfile.builder("c-1").phones(List.of("+1 312 555 0100")).build();

    CandidateProfile kept = later.keepingEvidenceOf(earlier);

    assertEquals(List.of("+1 312 555 0100"), kept.phones(), "the source's own facts are replaced");
    assertEquals("Alex Moreau", kept.onboarding().payrollAccountHolder());
    assertEquals(Verification.Identity.passed, kept.verification().identity());
    assertEquals(1, kept.interviews().size());
  }

  @Test
  void whatTheLaterDeliveryCarriesWinsFieldByField() {
    CandidateProfile earlier = CandidateProfile.builder("c-2").verification(PASSED).build();
    CandidateProfile later =
        CandidateProfile.builder("c-2")
            .verification(new Verification(Verification.Identity.failed, null, null, null, true))
            .build();

    Verification kept = later.keepingEvidenceOf(earlier).verification();

    assertEquals(Verification.Identity.failed, kept.identity());
    assertEquals(Boolean.TRUE, kept.phoneReachable());
  }
}
