package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Foreign payloads are read tolerantly: every node of every vendor fixture is replaced in turn by a
 * value of each other JSON type, and the adapter must neither throw nor build an invalid profile.
 */
class TolerantReadingTest {
  static final List<JsonValue> REPLACEMENTS =
      List.of(
          JsonValue.NULL,
          JsonValue.TRUE,
          Json.createValue(-1),
          Json.createValue(1.5e300),
          Json.createValue(new BigDecimal("1E+999999999")),
          Json.createValue(""),
          Json.createValue("x".repeat(3000)),
          JsonValue.EMPTY_JSON_ARRAY,
          JsonValue.EMPTY_JSON_OBJECT,
          Json.createArrayBuilder().add(JsonValue.NULL).add(7).add("y").build());

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(Ats.greenhouse, "new_candidate_application"),
        Arguments.of(Ats.ashby, "application_submit"),
        Arguments.of(Ats.workable, "candidate_created"),
        Arguments.of(Ats.smartrecruiters, "application_created"),
        Arguments.of(Ats.lever, "application_created"),
        Arguments.of(Ats.jazzhr, "candidate_export"),
        Arguments.of(Ats.recruitee, "candidate_moved"));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyNodeMayBeMissingOrOfAnotherType(Ats ats, String fixture) {
    WebhookFixtures.Signed request = WebhookFixtures.signed(ats, fixture);
    List<JsonObject> variants = new ArrayList<>();
    mutations(request.json(), UnaryOperator.identity(), variants);
    assertTrue(variants.size() >= 2 * REPLACEMENTS.size(), "the fixture has nodes to vary");
    for (JsonObject variant : variants) {
      Intake intake =
          assertDoesNotThrow(
              () -> Reading.body(ats, variant, request.headers()), variant::toString);
      if (intake instanceof Intake.Candidate candidate) {
        Reading.assertValid(candidate.profile());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void oddWholeBodiesAreReadToo(Ats ats, String fixture) {
    for (JsonValue value : REPLACEMENTS) {
      JsonObject body = Json.createObjectBuilder().add("payload", value).add("data", value).build();
      assertDoesNotThrow(() -> Reading.body(ats, body, Map.of()));
    }
    assertDoesNotThrow(() -> Reading.body(ats, JsonValue.EMPTY_JSON_OBJECT, Map.of()));
  }

  /** Every variant of the root where one node (at any depth) is replaced by another value. */
  private static void mutations(
      JsonValue node, UnaryOperator<JsonValue> rebuild, List<JsonObject> out) {
    if (node instanceof JsonObject object) {
      for (String key : object.keySet()) {
        UnaryOperator<JsonValue> child = v -> rebuild.apply(with(object, key, v));
        REPLACEMENTS.forEach(r -> out.add((JsonObject) child.apply(r)));
        mutations(object.get(key), child, out);
      }
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        UnaryOperator<JsonValue> child = v -> rebuild.apply(with(array, index, v));
        REPLACEMENTS.forEach(r -> out.add((JsonObject) child.apply(r)));
        mutations(array.get(i), child, out);
      }
    }
  }

  private static JsonObject with(JsonObject object, String key, JsonValue value) {
    JsonObjectBuilder copy = Json.createObjectBuilder(object);
    return copy.add(key, value).build();
  }

  private static JsonArray with(JsonArray array, int index, JsonValue value) {
    JsonArrayBuilder copy = Json.createArrayBuilder();
    for (int i = 0; i < array.size(); i++) {
      copy.add(i == index ? value : array.get(i));
    }
    return copy.build();
  }
}
