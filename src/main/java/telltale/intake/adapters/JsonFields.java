package telltale.intake.adapters;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tolerant reads of foreign JSON: a field that is absent, null or of another type than expected
 * reads as missing (null or empty), never as an exception.
 */
final class JsonFields {
  private JsonFields() {}

  /** The object at the path below {@code from}, or null. */
  static JsonObject object(JsonValue from, String... path) {
    return at(from, path) instanceof JsonObject object ? object : null;
  }

  /** A string, or a number as written, stripped; null when absent, blank or another type. */
  static String text(JsonValue from, String... path) {
    JsonValue value = at(from, path);
    String text =
        value instanceof JsonString s
            ? s.getString()
            : value instanceof JsonNumber n ? number(n) : null;
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The object elements of the array at the path; other elements are skipped. */
  static List<JsonObject> objects(JsonValue from, String... path) {
    return elements(from, path).stream()
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .toList();
  }

  /** The text elements (strings or numbers) of the array at the path. */
  static List<String> texts(JsonValue from, String... path) {
    return elements(from, path).stream().map(JsonFields::text).filter(t -> t != null).toList();
  }

  /** Array elements given either as text or as objects with a {@code value}. */
  static List<String> values(JsonValue from, String... path) {
    return elements(from, path).stream()
        .map(e -> e instanceof JsonObject ? text(e, "value") : text(e))
        .filter(t -> t != null)
        .toList();
  }

  /** The first text element of the array at the path, or null. */
  static String firstText(JsonValue from, String... path) {
    List<String> all = texts(from, path);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The first object element of the array at the path, or null. */
  static JsonObject first(JsonValue from, String... path) {
    List<JsonObject> all = objects(from, path);
    return all.isEmpty() ? null : all.get(0);
  }

  /** An event name, or "unknown" when the payload names none. */
  static String event(JsonValue from, String... path) {
    return either(text(from, path), "unknown");
  }

  /** The first of the values that is not null, or null. */
  static String either(String first, String second) {
    return first != null ? first : second;
  }

  static boolean isTrue(JsonValue from, String... path) {
    return at(from, path) == JsonValue.TRUE;
  }

  /** Ids as written (60304594); an absurd exponent stays short (1E+999999999) instead of huge. */
  private static String number(JsonNumber n) {
    BigDecimal value = n.bigDecimalValue();
    return Math.abs(value.scale()) <= 20 ? value.toPlainString() : value.toString();
  }

  private static List<JsonValue> elements(JsonValue from, String... path) {
    return at(from, path) instanceof JsonArray array ? array : List.of();
  }

  private static JsonValue at(JsonValue from, String... path) {
    JsonValue value = from;
    for (String key : path) {
      if (!(value instanceof JsonObject object)) {
        return null;
      }
      value = object.get(key);
    }
    return value;
  }
}
