package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import telltale.intake.WebhookFixtures;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

class AdaptersTest {
  @ParameterizedTest
  @EnumSource(Ats.class)
  void everyAtsHasItsOwnAdapter(Ats ats) {
    assertEquals(ats, Adapters.forAts(ats).ats());
  }

  @Test
  void smartRecruitersActivationIsAnsweredBeforeAnySecretExists() {
    Delivery activation =
        new Delivery(
            Ats.smartrecruiters,
            "acme",
            Map.of("X-Hook-Secret", List.of("4jn8fs9011jj8")),
            new byte[0],
            WebhookFixtures.SENT_AT);
    assertEquals(
        Optional.of(
            new Intake.Handshake(
                200, Map.of("X-Hook-Secret", "4jn8fs9011jj8"), "smartrecruiters activation")),
        Adapters.unsignedHandshake(activation));
  }

  @Test
  void recruiteesCreationTestIsAnsweredBeforeAnySecretExists() {
    Delivery test = delivery(Ats.recruitee, "{\"test\":true}");
    assertEquals(Optional.of(RecruiteeAdapter.TEST), Adapters.unsignedHandshake(test));
  }

  @Test
  void greenhouseAndAshbyPingsAreAnsweredWhetherOrNotTheyAreSigned() {
    for (Ats ats : new Ats[] {Ats.greenhouse, Ats.ashby}) {
      var ping = Adapters.unsignedHandshake(delivery(ats, "{\"action\":\"ping\"}"));
      assertEquals(200, ping.orElseThrow().status());
      var spaced = Adapters.unsignedHandshake(delivery(ats, "{ \"action\" : \"ping\" }"));
      assertEquals(200, spaced.orElseThrow().status());
      // a delivery that does not hold the word is not parsed before its signature is checked
      assertEquals(
          Optional.empty(),
          Adapters.unsignedHandshake(delivery(ats, "{\"action\":\"new_candidate_application\"}")));
    }
    assertTrue(Adapters.names("x\"ping\"".getBytes(), "\"ping\"".getBytes()));
    assertFalse(Adapters.names("\"pin".getBytes(), "\"ping\"".getBytes()));
    assertFalse(Adapters.names(new byte[0], "\"ping\"".getBytes()));
  }

  @Test
  void everythingElseMustBeVerifiedFirst() {
    assertEquals(
        Optional.empty(), Adapters.unsignedHandshake(delivery(Ats.recruitee, "{\"test\":false}")));
    assertEquals(Optional.empty(), Adapters.unsignedHandshake(delivery(Ats.recruitee, "not json")));
    assertEquals(Optional.empty(), Adapters.unsignedHandshake(delivery(Ats.recruitee, "[true]")));
    assertEquals(Optional.empty(), Adapters.unsignedHandshake(delivery(Ats.smartrecruiters, "{}")));
    assertEquals(
        Optional.empty(),
        Adapters.unsignedHandshake(
            delivery(Ats.greenhouse, "{\"action\":\"new_candidate_application\"}")));
    assertEquals(
        Optional.empty(),
        Adapters.unsignedHandshake(WebhookFixtures.signed(Ats.jazzhr, "verify").delivery()));
  }

  private static Delivery delivery(Ats ats, String body) {
    return new Delivery(
        ats, "acme", Map.of(), body.getBytes(StandardCharsets.UTF_8), WebhookFixtures.SENT_AT);
  }
}
