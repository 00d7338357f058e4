package telltale.screening.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import telltale.catalogue.entity.RuleDefinition;
import telltale.profile.CandidateProfile;

/**
 * The profile values a rule reads (its {@code reads} in rules.yaml), as one text: what a person's
 * explanation of the rule was given for. When any of them changes, the explanation no longer holds.
 * Only ever hashed with a key before it is kept.
 */
final class EvidenceBasis {
  private static final Jsonb JSON = JsonbBuilder.create();

  private EvidenceBasis() {}

  static String of(RuleDefinition rule, CandidateProfile profile) {
    JsonObject root =
        Json.createReader(new StringReader(JSON.toJson(profile.withoutResume()))).readObject();
    StringBuilder basis = new StringBuilder(rule.id());
    for (String path : rule.reads()) {
      basis.append('\n').append(path).append('=').append(at(root, List.of(path.split("\\."))));
    }
    return basis.toString();
  }

  /** The value at a dotted path; through a list, the values of every element. */
  private static String at(JsonValue value, List<String> path) {
    if (path.isEmpty() || value == null || value == JsonValue.NULL) {
      return String.valueOf(value);
    }
    if (value instanceof JsonArray array) {
      StringBuilder all = new StringBuilder("[");
      for (JsonValue element : array) {
        all.append(at(element, path)).append(',');
      }
      return all.append(']').toString();
    }
    if (value instanceof JsonObject object) {
      return at(object.get(path.get(0)), path.subList(1, path.size()));
    }
    return "null";
  }
}
