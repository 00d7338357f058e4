package telltale.intake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

/**
 * The byte-exact webhook fixtures under {@code webhooks/<ats>/<name>.json} (with optional {@code
 * <name>.headers}, one "Name: value" a line), signed the way each vendor signs, computed here with
 * javax.crypto directly and not with Telltale's verifiers. For unit and integration tests alike.
 */
public final class WebhookFixtures {
  /** When the fixtures were sent; Lever's fixtures carry it as triggeredAt. */
  public static final Instant SENT_AT = Instant.parse("2026-11-10T15:04:05Z");

  /** The secret every vendor fixture is signed with, except generic (see below) and Lever's. */
  public static final String SECRET = "telltale-fixture-secret";

  /** A Standard Webhooks secret: whsec_ and a base64 key. */
  public static final String WHSEC =
      "whsec_" + Base64.getEncoder().encodeToString(utf8("telltale-fixture-key-of-32-bytes"));

  /** The signature token the Lever fixtures were signed with as stored. */
  public static final String LEVER_SECRET = "lever-signature-token-for-tests";

  private static final Pattern LEVER_TRIGGERED = Pattern.compile("\"triggeredAt\":(\\d+)");
  private static final Pattern LEVER_SIGNATURE = Pattern.compile("\"signature\":\"[0-9a-f]*\"");
  private static final Pattern LEVER_TOKEN = Pattern.compile("\"token\":\"([^\"]*)\"");

  private WebhookFixtures() {}

  /** The secret a fixture of this ATS is signed with by default. */
  public static String secretFor(Ats ats) {
    return switch (ats) {
      case generic -> WHSEC;
      case lever -> LEVER_SECRET;
      default -> SECRET;
    };
  }

  /** The header that carries the signature (Lever signs inside the body: none). */
  public static String signatureHeader(Ats ats) {
    return switch (ats) {
      case generic -> "webhook-signature";
      case greenhouse -> "Signature";
      case lever -> null;
      case ashby -> "Ashby-Signature";
      case workable -> "X-Workable-Signature";
      case smartrecruiters -> "smartrecruiters-signature";
      case jazzhr -> "X-JazzHR-Signature";
      case recruitee -> "X-Recruitee-Signature";
    };
  }

  /** The fixture's bytes exactly as stored. */
  public static byte[] body(Ats ats, String name) {
    return resource("webhooks/" + ats + "/" + name + ".json");
  }

  /** The fixture signed with the default secret at {@link #SENT_AT}. */
  public static Signed signed(Ats ats, String name) {
    return signed(ats, name, secretFor(ats), SENT_AT);
  }

  /** The fixture signed with this secret, as sent at this time. */
  public static Signed signed(Ats ats, String name, String secret, Instant sentAt) {
    return signedBody(ats, name, body(ats, name), secret, sentAt);
  }

  /** Any body, sent with the headers of the named fixture and signed the vendor's way. */
  public static Signed signedBody(
      Ats ats, String name, byte[] body, String secret, Instant sentAt) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    fixtureHeaders(ats, name).forEach((k, v) -> headers.put(k, List.of(v)));
    String seconds = Long.toString(sentAt.getEpochSecond());
    switch (ats) {
      case greenhouse -> headers.put("Signature", List.of("sha256 " + hex(hmac(secret, body))));
      case ashby -> headers.put("Ashby-Signature", List.of("sha256=" + hex(hmac(secret, body))));
      case workable, jazzhr, recruitee ->
          headers.put(signatureHeader(ats), List.of(hex(hmac(secret, body))));
      case smartrecruiters -> {
        String after =
            String.join(
                ".",
                "",
                headers.getOrDefault("event-id", List.of("")).get(0),
                headers.getOrDefault("event-name", List.of("")).get(0),
                headers.getOrDefault("event-version", List.of("")).get(0),
                headers.getOrDefault("link", List.of("")).get(0));
        byte[] signed = concat(concat(utf8(seconds + "."), body), utf8(after));
        headers.put("smartrecruiters-timestamp", List.of(seconds));
        headers.put("smartrecruiters-signature", List.of("v1=" + hex(hmac(secret, signed))));
      }
      case generic -> {
        String id = headers.get("webhook-id").get(0);
        byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
        byte[] signed = concat(utf8(id + "." + seconds + "."), body);
        headers.put("webhook-timestamp", List.of(seconds));
        headers.put(
            "webhook-signature",
            List.of("v1," + Base64.getEncoder().encodeToString(hmac(key, signed))));
      }
      case lever -> body = leverSigned(body, secret, sentAt);
    }
    return new Signed(ats, headers, body);
  }

  /** HMAC-SHA256 with a UTF-8 key, computed with javax.crypto. */
  public static byte[] hmac(String key, byte[] message) {
    return hmac(utf8(key), message);
  }

  public static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Lever signs token + triggeredAt inside the body: both fields are rewritten in place. */
  private static byte[] leverSigned(byte[] body, String secret, Instant sentAt) {
    String text = new String(body, StandardCharsets.UTF_8);
    Matcher token = LEVER_TOKEN.matcher(text);
    if (!token.find()) {
      throw new IllegalArgumentException("a Lever fixture needs a token field");
    }
    String millis = Long.toString(sentAt.toEpochMilli());
    String signature = hex(hmac(secret, utf8(token.group(1) + millis)));
    text = LEVER_TRIGGERED.matcher(text).replaceFirst("\"triggeredAt\":" + millis);
    text = LEVER_SIGNATURE.matcher(text).replaceFirst("\"signature\":\"" + signature + "\"");
    return utf8(text);
  }

  private static Map<String, String> fixtureHeaders(Ats ats, String name) {
    String path = "webhooks/" + ats + "/" + name + ".headers";
    Map<String, String> headers = new LinkedHashMap<>();
    if (WebhookFixtures.class.getClassLoader().getResource(path) == null) {
      return headers;
    }
    for (String line : new String(resource(path), StandardCharsets.UTF_8).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return headers;
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebhookFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A signed request: headers and body bytes, with small ways to spoil it. */
  public record Signed(Ats ats, Map<String, List<String>> headers, byte[] body) {
    public Signed {
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    public Delivery delivery() {
      return new Delivery(ats, "acme", headers, body, SENT_AT);
    }

    public JsonObject json() {
      try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
        return reader.readObject();
      }
    }

    public Signed withHeader(String name, String... values) {
      Map<String, List<String>> changed = without(name);
      changed.put(name, List.of(values));
      return new Signed(ats, changed, body);
    }

    /** The same header sent once more with another value. */
    public Signed withDoubledHeader(String name, String other) {
      List<String> values = new ArrayList<>(headers.getOrDefault(name, List.of()));
      values.add(other);
      return withHeader(name, values.toArray(String[]::new));
    }

    public Signed withoutHeader(String name) {
      return new Signed(ats, without(name), body);
    }

    public Signed withBody(byte[] other) {
      return new Signed(ats, headers, other);
    }

    /** The body with one byte changed (inside the first string value after the first colon). */
    public Signed withOneByteChanged() {
      byte[] changed = body.clone();
      int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("\"", indexOfColon()) + 1;
      changed[at] = (byte) (changed[at] == 'x' ? 'y' : 'x');
      return withBody(changed);
    }

    private int indexOfColon() {
      return new String(body, StandardCharsets.ISO_8859_1).indexOf(':');
    }

    private Map<String, List<String>> without(String name) {
      Map<String, List<String>> changed = new LinkedHashMap<>(headers);
      changed.keySet().removeIf(k -> k.equalsIgnoreCase(name));
      return changed;
    }
  }
}
