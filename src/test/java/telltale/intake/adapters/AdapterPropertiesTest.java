package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import telltale.api.ClientError;
import telltale.intake.WebhookFixtures;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

/**
 * Any JSON object, built from the words vendors use so generated trees reach deep into each
 * adapter, is either refused with a ClientError or read into a profile that passes Bean Validation;
 * no other exception escapes. Complements TolerantReadingTest, which varies the fixtures node by
 * node.
 */
class AdapterPropertiesTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final List<String> KEYS =
      List.of(
          "action",
          "event",
          "type",
          "payload",
          "data",
          "application",
          "candidate",
          "candidates",
          "id",
          "candidateId",
          "first_name",
          "last_name",
          "firstName",
          "lastName",
          "name",
          "value",
          "email",
          "emails",
          "email_addresses",
          "emailAddresses",
          "phone",
          "phones",
          "phone_numbers",
          "phoneNumbers",
          "addresses",
          "address",
          "location",
          "country",
          "city",
          "timezone",
          "stage",
          "status",
          "resume",
          "resumeText",
          "links",
          "employments",
          "educations",
          "applied_at",
          "createdAt",
          "triggeredAt",
          "token",
          "signature",
          "jobs",
          "offer",
          "interviews",
          "primaryEmailAddress",
          "contact",
          "personal",
          "attachments");
  private static final Map<Ats, String> FIXTURES =
      Map.of(
          Ats.generic, "profile",
          Ats.greenhouse, "new_candidate_application",
          Ats.lever, "application_created",
          Ats.ashby, "application_submit",
          Ats.workable, "candidate_created",
          Ats.smartrecruiters, "application_created",
          Ats.jazzhr, "candidate_export",
          Ats.recruitee, "candidate_moved");

  @Property(tries = 300)
  void anyTreeIsReadOrRefusedWithAClientError(@ForAll Ats ats, @ForAll("objects") JsonObject body) {
    assertReadOrRefused(ats, body);
  }

  @Property(tries = 300)
  void aFixtureWithAnyTreeGraftedInIsReadOrRefused(
      @ForAll Ats ats, @ForAll("objects") JsonObject graft, @ForAll("keys") String at) {
    JsonObject fixture = WebhookFixtures.signed(ats, FIXTURES.get(ats)).json();
    JsonObjectBuilder changed = Json.createObjectBuilder(fixture);
    changed.add(at, graft);
    if (fixture.get("payload") instanceof JsonObject payload) {
      changed.add("payload", Json.createObjectBuilder(payload).add(at, graft));
    }
    if (fixture.get("data") instanceof JsonObject data) {
      changed.add("data", Json.createObjectBuilder(data).add(at, graft));
    }
    assertReadOrRefused(ats, changed.build());
  }

  private static void assertReadOrRefused(Ats ats, JsonObject body) {
    var headers = WebhookFixtures.signed(ats, FIXTURES.get(ats)).headers();
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    Delivery delivery = new Delivery(ats, "acme", headers, bytes, WebhookFixtures.SENT_AT);
    Intake intake;
    try {
      intake = Adapters.forAts(ats).read(delivery, body);
    } catch (ClientError refused) {
      return;
    }
    // the generic adapter passes the sender's canonical profile through as sent; Webhooks
    // validates it (400 validation_failed) exactly as the API does, so only vendors are held here
    if (ats != Ats.generic && intake instanceof Intake.Candidate candidate) {
      // an ATS id with a control character is kept as sent (another id would address another
      // candidate), so Webhooks' validation refuses it naming the field; nothing else may fail
      var violations =
          VALIDATOR.validate(candidate.profile()).stream()
              .filter(v -> !idWithControlCharacter(v.getPropertyPath().toString(), candidate))
              .toList();
      assertTrue(violations.isEmpty(), ats + " built an invalid profile: " + violations);
    }
  }

  private static boolean idWithControlCharacter(String field, Intake.Candidate candidate) {
    String id =
        switch (field) {
          case "candidateId" -> candidate.profile().candidateId();
          case "applicationId" -> candidate.profile().applicationId();
          default -> null;
        };
    return id != null && id.codePoints().anyMatch(Character::isISOControl);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of(KEYS);
  }

  @Provide
  Arbitrary<JsonObject> objects() {
    return object(4);
  }

  private static Arbitrary<JsonObject> object(int depth) {
    return Arbitraries.maps(Arbitraries.of(KEYS), value(depth - 1))
        .ofMaxSize(6)
        .map(
            map -> {
              JsonObjectBuilder builder = Json.createObjectBuilder();
              map.forEach(builder::add);
              return builder.build();
            });
  }

  private static Arbitrary<JsonValue> value(int depth) {
    Arbitrary<JsonValue> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(JsonValue.NULL),
            Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE),
            Arbitraries.longs().map(n -> (JsonValue) Json.createValue(n)),
            Arbitraries.of(new BigDecimal("1E+999999"), new BigDecimal("-0.0000001"))
                .map(n -> (JsonValue) Json.createValue(n)),
            Arbitraries.strings().ofMaxLength(40).map(s -> (JsonValue) Json.createValue(s)),
            Arbitraries.of(
                    "+1 512-555-0143",
                    "a@example.com",
                    "US",
                    "Europe/Berlin",
                    "2026-11-10T15:04:05Z",
                    "2019-03",
                    "https://github.com/x",
                    "123 Main St",
                    "",
                    " ",
                    "\u0000",
                    "KP")
                .map(s -> (JsonValue) Json.createValue(s)));
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<JsonValue> array =
        Arbitraries.lazy(() -> value(depth - 1))
            .list()
            .ofMaxSize(4)
            .map(
                list -> {
                  JsonArrayBuilder builder = Json.createArrayBuilder();
                  list.forEach(builder::add);
                  return (JsonValue) builder.build();
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(depth - 1).map(o -> o))));
  }
}
