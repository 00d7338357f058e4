package telltale.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.PersonName;
import telltale.profile.Verification.Identity;
import telltale.verification.entity.VendorEvent;

class VerificationsTest {
  static final PersonName CANDIDATE = new PersonName("Renée", "Okafor");

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(
            Identity.passed, new PersonName("RENEE", "OKAFOR"), CANDIDATE, Identity.passed),
        Arguments.of(
            Identity.passed, new PersonName("Okafor", "Renée"), CANDIDATE, Identity.passed),
        Arguments.of(Identity.passed, new PersonName("Dana", "Kim"), CANDIDATE, Identity.mismatch),
        Arguments.of(Identity.passed, null, CANDIDATE, Identity.passed),
        Arguments.of(Identity.passed, new PersonName(null, null), CANDIDATE, Identity.passed),
        Arguments.of(Identity.passed, new PersonName("Dana", "Kim"), null, Identity.passed),
        Arguments.of(Identity.failed, new PersonName("Dana", "Kim"), CANDIDATE, Identity.failed),
        Arguments.of(Identity.pending, new PersonName("Dana", "Kim"), CANDIDATE, Identity.pending));
  }

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @MethodSource("outcomes")
  void aPassedVerificationOfSomeoneElsesNameIsAMismatch(
      Identity vendor, PersonName verified, PersonName candidate, Identity kept) {
    VendorEvent event =
        new VendorEvent("evt_1", "inquiry.approved", Optional.empty(), vendor, verified);
    assertEquals(kept, Verifications.outcome(event, candidate));
  }
}
