package telltale.verification.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Tolerant reading of vendor payloads: a missing or differently typed field is null. */
final class Fields {
  private Fields() {}

  static JsonObject object(JsonObject from, String... path) {
    JsonValue value = at(from, path);
    return value instanceof JsonObject object ? object : null;
  }

  static List<JsonObject> objects(JsonObject from, String... path) {
    JsonValue value = at(from, path);
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  /** A string, or a number as its text; null otherwise. */
  static String text(JsonObject from, String... path) {
    JsonValue value = at(from, path);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    return value instanceof JsonNumber number ? number.toString() : null;
  }

  private static JsonValue at(JsonObject from, String... path) {
    JsonValue current = from;
    for (String name : path) {
      if (!(current instanceof JsonObject object)) {
        return null;
      }
      current = object.get(name);
    }
    return current;
  }
}
