package telltale.writeback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.outcome.entity.Outcome;

class FraudStatusPlannerTest {
  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(Outcome.identity_confirmed_false, "Fraudulent"),
        Arguments.of(Outcome.verified_genuine, "NotFraudulent"),
        Arguments.of(Outcome.unknown, "Unsure"),
        Arguments.of(Outcome.withdrawn, null));
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void aPersonsOutcomeAsAshbysFraudStatus(Outcome outcome, String status) {
    assertEquals(Optional.ofNullable(status), FraudStatusPlanner.status(outcome));
  }
}
