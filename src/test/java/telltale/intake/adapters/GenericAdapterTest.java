package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import telltale.api.ClientError;
import telltale.intake.WebhookFixtures;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
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
}
