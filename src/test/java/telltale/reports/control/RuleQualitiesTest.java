package telltale.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.outcome.entity.Outcome;
import telltale.reports.entity.RuleQuality;

class RuleQualitiesTest {

  @Test
  void precisionAndRecallFollowTheCounts() {
    List<RuleQuality> rules =
        RuleQualities.of(
            Map.of("shared_attributes", 10L, "phone_voip", 40L, "never_judged", 3L),
            Map.of(
                "shared_attributes",
                    Map.of(
                        Outcome.identity_confirmed_false,
                        3L,
                        Outcome.verified_genuine,
                        1L,
                        Outcome.withdrawn,
                        2L),
                "phone_voip",
                    Map.of(Outcome.identity_confirmed_false, 1L, Outcome.verified_genuine, 2L)),
            Map.of(Outcome.identity_confirmed_false, 4L, Outcome.verified_genuine, 20L));

    assertEquals(
        List.of("phone_voip", "shared_attributes", "never_judged"),
        rules.stream().map(RuleQuality::ruleId).toList(),
        "most often fired first");
    RuleQuality shared = rules.get(1);
    assertEquals(10, shared.fired());
    assertEquals(6, shared.firedWithOutcome());
    assertEquals(3, shared.firedOnConfirmedFalse());
    assertEquals(1, shared.firedOnVerifiedGenuine());
    assertEquals(0.75, shared.precision());
    assertEquals(0.75, shared.recall());
    RuleQuality voip = rules.get(0);
    assertEquals(0.3333, voip.precision());
    assertEquals(0.25, voip.recall());
  }

  @Test
  void withoutOutcomesThereIsNoPrecisionRatherThanZero() {
    RuleQuality rule = RuleQualities.of(Map.of("never_judged", 3L), Map.of(), Map.of()).get(0);
    assertEquals(0, rule.firedWithOutcome());
    assertNull(rule.precision());
    assertNull(rule.recall());
  }

  @Test
  void ratiosAreRoundedToFourPlaces() {
    assertEquals(0.6667, RuleQualities.ratio(2, 3));
    assertNull(RuleQualities.ratio(0, 0));
    assertEquals(0.0, RuleQualities.ratio(0, 5));
  }

  @Test
  void theLikelihoodRatioComparesRatesWithAnIntervalThatWidensWithFewCases() {
    // fired on 30 of 40 confirmed-false cases and on 10 of 400 genuine ones: 0.75 / 0.025 = 30
    double[] many = RuleQualities.likelihoodRatio(30, 40, 10, 400);
    assertEquals(30.0, many[0], 1e-9);
    assertTrue(many[1] > 15 && many[2] < 60, many[1] + ".." + many[2]);
    // the same rates on a tenth of the cases: the same ratio, a wider interval
    double[] few = RuleQualities.likelihoodRatio(3, 4, 1, 40);
    assertEquals(30.0, few[0], 1e-9);
    assertTrue(few[1] < many[1] && few[2] > many[2]);
  }

  @Test
  void aRuleThatNeverFiredOnGenuineCandidatesGetsAFiniteRatio() {
    double[] lr = RuleQualities.likelihoodRatio(4, 10, 0, 50);
    assertTrue(Double.isFinite(lr[0]) && Double.isFinite(lr[2]) && lr[1] > 1, lr[0] + "");
    assertNull(RuleQualities.likelihoodRatio(4, 10, 0, 0), "no genuine outcomes, no ratio");
  }
}
