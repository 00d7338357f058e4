package telltale.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import telltale.api.ApiError.Violation;

/**
 * Checks a JSON tree against the shape of a record type before binding, so that every mistake is
 * reported by field path in words: protected attributes, unknown fields, wrong types, values
 * outside an enumeration, unreadable dates.
 */
final class StrictJson {
  private final List<Violation> protectedFields = new ArrayList<>();
  private final List<Violation> unknownFields = new ArrayList<>();
  private final List<Violation> controlCharacters = new ArrayList<>();
  private final List<Violation> invalid = new ArrayList<>();

  record Result(
      List<Violation> protectedFields,
      List<Violation> unknownFields,
      List<Violation> controlCharacters,
      List<Violation> invalid) {}

  static Result check(JsonValue value, Class<?> recordType) {
    StrictJson check = new StrictJson();
    check.value(value, recordType, "");
    return new Result(
        check.protectedFields, check.unknownFields, check.controlCharacters, check.invalid);
  }

  /**
   * A C0 control character other than tab, line breaks and form feed (which text extracted from a
   * PDF resume holds between pages): NUL, escape, bell... No text Telltale reads needs one,
   * PostgreSQL cannot store NUL, and they hide text from the people who read it.
   */
  static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
  }

  private void value(JsonValue value, Type type, String path) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return; // presence is Bean Validation's business
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (!(value instanceof JsonArray array)) {
        invalid.add(new Violation(field(path), "must be a list"));
        return;
      }
      for (int i = 0; i < array.size(); i++) {
        value(array.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]");
      }
      return;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      record(value, raw, path);
    } else if (raw == String.class) {
      expect(value instanceof JsonString, path, "must be a text");
      if (value instanceof JsonString text && hasControlCharacter(text.getString())) {
        controlCharacters.add(
            new Violation(
                field(path),
                "must not contain control characters such as NUL (tabs and line breaks are fine)"));
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, "must be true or false");
    } else if (raw == Integer.class || raw == int.class) {
      expect(
          value instanceof JsonNumber n && n.isIntegral() && fitsInt(n),
          path,
          "must be a whole number");
    } else if (raw == Instant.class) {
      parses(value, path, Instant::parse, "must be a timestamp such as 2026-11-10T15:04:05Z");
    } else if (raw == LocalDate.class) {
      parses(value, path, LocalDate::parse, "must be a date such as 2014-09-02");
    } else if (raw.isEnum()) {
      List<String> allowed =
          Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      expect(
          value instanceof JsonString s && allowed.contains(s.getString()),
          path,
          "must be one of " + String.join(", ", allowed));
    } else {
      throw new IllegalStateException("no JSON check for " + raw.getSimpleName());
    }
  }

  private void record(JsonValue value, Class<?> type, String path) {
    if (!(value instanceof JsonObject object)) {
      invalid.add(new Violation(field(path), "must be an object"));
      return;
    }
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c));
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
      RecordComponent component = components.get(entry.getKey());
      if (ProtectedAttributes.isProtected(entry.getKey())) {
        protectedFields.add(
            new Violation(
                child,
                "is a protected attribute; Telltale never uses it, so remove it from the request"));
      } else if (component == null) {
        unknownFields.add(
            new Violation(child, "is not a field of the canonical profile (see /openapi)"));
      } else {
        value(entry.getValue(), component.getGenericType(), child);
      }
    }
  }

  private interface Parser {
    Object parse(String text);
  }

  private void parses(JsonValue value, String path, Parser parser, String message) {
    if (!(value instanceof JsonString s)) {
      invalid.add(new Violation(field(path), message));
      return;
    }
    try {
      parser.parse(s.getString());
    } catch (DateTimeParseException e) {
      invalid.add(new Violation(field(path), message));
    }
  }

  private void expect(boolean ok, String path, String message) {
    if (!ok) {
      invalid.add(new Violation(field(path), message));
    }
  }

  private static boolean fitsInt(JsonNumber n) {
    try {
      n.bigIntegerValueExact().intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
