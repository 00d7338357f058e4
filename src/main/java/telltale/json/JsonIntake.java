package telltale.json;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import telltale.api.ClientError;

/**
 * Reads Telltale's own JSON strictly: UTF-8 only, bounded nesting, no duplicate keys, the
 * protected-attribute firewall, then the record shape, then binding. Each failure is a 400 with a
 * stable code and the fields at fault.
 */
public final class JsonIntake {
  static final int MAX_DEPTH = 32;
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonIntake() {}

  public static <T extends Record> T read(byte[] body, Class<T> type) {
    JsonStructure tree = parse(body);
    StrictJson.Result result = StrictJson.check(tree, type);
    if (!result.protectedFields().isEmpty()) {
      throw new ClientError(
          400,
          "protected_attribute",
          "The request carries a protected attribute ("
              + result.protectedFields().get(0).field()
              + "). Telltale never accepts nationality, citizenship, ethnicity, race, religion, age, sex, language,"
              + " accent or photo-derived data.",
          result.protectedFields());
    }
    if (!result.unknownFields().isEmpty()) {
      throw new ClientError(
          400,
          "unknown_field",
          "The request has fields Telltale does not know.",
          result.unknownFields());
    }
    if (!result.controlCharacters().isEmpty()) {
      throw new ClientError(
          400,
          "control_character",
          "Some texts contain control characters such as NUL; see violations.",
          result.controlCharacters());
    }
    if (!result.invalid().isEmpty()) {
      throw new ClientError(
          400,
          "invalid_value",
          "Some values have the wrong type or form; see violations.",
          result.invalid());
    }
    try {
      return JSONB.fromJson(new String(body, StandardCharsets.UTF_8), type);
    } catch (JsonbException e) {
      throw new ClientError(
          400, "invalid_value", "The body could not be read as a " + type.getSimpleName() + ".");
    }
  }

  /** Parses a JSON object or array, refusing what Telltale never accepts. */
  public static JsonStructure parse(byte[] body) {
    if (body.length == 0) {
      throw new ClientError(400, "empty_body", "The request has no body; send a JSON object.");
    }
    requireUtf8(body);
    requireOneShallowValue(body);
    try (var reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      return reader.read();
    } catch (JsonParsingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
      throw new ClientError(
          400,
          "malformed_json",
          "The body is not valid JSON" + (offset >= 0 ? " (near character " + offset + ")." : "."));
    } catch (JsonException e) {
      String duplicate =
          e.getMessage() != null && e.getMessage().toLowerCase().contains("duplicate")
              ? " (a key appears twice)"
              : "";
      throw new ClientError(400, "malformed_json", "The body is not valid JSON" + duplicate + ".");
    }
  }

  private static void requireOnlyWhitespaceAfter(byte[] body, int from) {
    for (int i = from; i < body.length; i++) {
      byte b = body[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        throw new ClientError(
            400,
            "malformed_json",
            "The body holds something after the JSON value (near character "
                + i
                + "); send exactly one JSON object.");
      }
    }
  }

  private static void requireUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new ClientError(400, "invalid_encoding", "The body must be UTF-8 text.");
    }
    for (byte b : body) {
      if (b == 0) {
        throw new ClientError(400, "invalid_encoding", "The body must not contain NUL bytes.");
      }
    }
  }

  /** The body if it is one well-formed JSON object, empty otherwise (for set-up call checks). */
  public static Optional<JsonObject> objectIfReadable(byte[] body) {
    try {
      return parse(body) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (ClientError e) {
      return Optional.empty();
    }
  }

  /**
   * Counts brackets outside strings, so absurd nesting is refused before any parser recurses, and
   * refuses anything after the first complete value (the JSON-P reader stops there silently, so
   * "{...} {...}" would otherwise be read as its first half).
   */
  private static void requireOneShallowValue(byte[] body) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > MAX_DEPTH) {
          throw new ClientError(
              400, "too_deep", "The JSON is nested more than " + MAX_DEPTH + " levels deep.");
        }
      } else if ((b == '}' || b == ']') && --depth == 0) {
        requireOnlyWhitespaceAfter(body, i + 1);
        return;
      }
    }
  }
}
