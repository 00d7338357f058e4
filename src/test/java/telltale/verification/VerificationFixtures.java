package telltale.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity-verification fixtures under {@code verification/<vendor>/<name>.json}, built from
 * each vendor's documented examples (and full of the personal data Telltale must never keep), and
 * the headers each vendor would sign them with, computed here with javax.crypto directly.
 */
public final class VerificationFixtures {
  /** The secret every vendor fixture is signed with. */
  public static final String SECRET = "telltale-idv-fixture-secret";

  /** A second secret, for rotation. */
  public static final String OLD_SECRET = "telltale-idv-old-secret";

  private VerificationFixtures() {}

  public static byte[] body(String vendor, String name) {
    String path = "verification/" + vendor + "/" + name + ".json";
    try (InputStream in = VerificationFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headers the vendor sends with these bytes, signed with the secret at the given time. */
  public static Map<String, List<String>> headers(
      String vendor, byte[] body, String secret, Instant at) {
    return switch (vendor) {
      case "persona" -> Map.of("Persona-Signature", List.of(persona(body, secret, at)));
      case "veriff" ->
          Map.of(
              "X-HMAC-SIGNATURE", List.of(hex(secret, body)),
              "X-AUTH-CLIENT", List.of("veriff-api-key"));
      case "onfido" -> Map.of("X-SHA2-Signature", List.of(hex(secret, body)));
      case "checkr" -> Map.of("X-Checkr-Signature", List.of(hex(secret, body)));
      default -> throw new IllegalArgumentException(vendor);
    };
  }

  /** {@code t=<seconds>,v1=<hex HMAC of "t." + body>}. */
  public static String persona(byte[] body, String secret, Instant at) {
    String t = String.valueOf(at.getEpochSecond());
    return "t=" + t + ",v1=" + hex(secret, (t + ".").getBytes(StandardCharsets.UTF_8), body);
  }

  public static String hex(String secret, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
