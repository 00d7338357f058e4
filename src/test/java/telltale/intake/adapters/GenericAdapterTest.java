package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import telltale.api.ClientError;
import telltale.intake.WebhookFixtures;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.Onboarding;
import telltale.profile.PersonName;
import telltale.profile.Stage;

class GenericAdapterTest {
  @Test
  void theCanonicalProfileIsReadAsIs() {
    Intake.Candidate read = Reading.candidate(Ats.generic, "profile");
    assertEquals("msg_2Kb9fOqB1xXjvH7w3mT4nL5pQ6r", read.deliveryId());
    assertEquals("cand-1001", read.profile().candidateId());
    assertEquals(Ats.generic, read.profile().ats());
    assertEquals(Stage.application, read.profile().stage());
    assertEquals(new PersonName("Dana", "Reyes"), read.profile().name());
    assertEquals(List.of(), read.fetch());
  }

  @Test
  void aBodyTelltaleDoesNotAcceptIsTheSendersMistake() {
    String body = "{\"candidateId\":\"c-1\",\"nationality\":\"x\"}";
    Delivery delivery =
        new Delivery(
            Ats.generic,
            "acme",
            Map.of("webhook-id", List.of("msg_1")),
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SENT_AT);
    ClientError error =
        assertThrows(
            ClientError.class,
            () -> new GenericAdapter().read(delivery, Json.createObjectBuilder().build()));
    assertEquals("protected_attribute", error.error().code());
  }

  @Test
  void aCandidateEvidenceEventIsLaterEvidenceForTheCandidateItNames() {
    Intake.Evidence read =
        assertInstanceOf(
            Intake.Evidence.class, Reading.fixture(Ats.generic, "onboarding_evidence"));
    assertEquals("msg_2RfGq8nWcT4yVb7LxK1pZ3sD9eJ", read.deliveryId());
    assertEquals(Ats.greenhouse, read.partial().ats());
    assertEquals("60304594", read.partial().candidateId());
    assertEquals(Onboarding.PaymentMethod.bank, read.partial().onboarding().paymentMethod());
    assertNull(read.partial().verification());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"candidate.evidence\"}",
        "{\"type\":\"candidate.evidence\",\"data\":{\"candidateId\":\"c-1\"}}",
        "{\"type\":\"candidate.evidence\",\"data\":{\"ats\":\"greenhouse\",\"candidateId\":\"c-1\","
            + "\"nationality\":\"x\"}}"
      })
  void anEvidenceEventMustNameItsCandidateAndPassTheSameFirewall(String body) {
    Delivery delivery =
        new Delivery(
            Ats.generic,
            "hris",
            Map.of("webhook-id", List.of("msg_2")),
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SENT_AT);
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    ClientError error =
        assertThrows(ClientError.class, () -> new GenericAdapter().read(delivery, json));
    assertEquals(400, error.status());
  }
}
