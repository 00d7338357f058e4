package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import telltale.json.JsonIntake;

/**
 * Google Meet settings: telltale.meetings.meet.credentials-file (a service account's JSON key) or
 * .credentials (the same JSON inline, for a Secret), .admin-email (the Workspace administrator the
 * service account acts as, by domain-wide delegation), .url and .token-url (Google's by default),
 * .poll-minutes and .poll-days (how often and how long a registered meeting is looked for).
 */
@ApplicationScoped
public class MeetConfig {
  static final String PREFIX = "telltale.meetings.meet.";
  static final String TOKEN_URL = "https://oauth2.googleapis.com/token";

  @Inject Config config;

  /**
   * What the service account signs with and whom it acts for. {@code keyId} is the key's
   * private_key_id (the JWT's kid), {@code privateKey} its PKCS#8 PEM.
   */
  public record Access(
      String url,
      String tokenUrl,
      String clientEmail,
      String keyId,
      String privateKey,
      String adminEmail) {

    @Override
    public String toString() {
      return "Access[" + clientEmail + "]";
    }
  }

  /** The credentials, when a readable key and an administrator to act as are configured. */
  public Optional<Access> access() {
    Optional<String> admin = value("admin-email");
    Optional<JsonObject> key = key();
    if (admin.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    String email = text(key.get(), "client_email");
    String pem = text(key.get(), "private_key");
    if (email == null || pem == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Access(
            value("url").orElse("https://admin.googleapis.com").replaceAll("/+$", ""),
            value("token-url")
                .or(() -> Optional.ofNullable(text(key.get(), "token_uri")))
                .orElse(TOKEN_URL),
            email,
            text(key.get(), "private_key_id"),
            pem,
            admin.get()));
  }

  /** How often a registered meeting is looked for while Meet has logged nothing for its code. */
  public Duration pollEvery() {
    double minutes = config.getOptionalValue(PREFIX + "poll-minutes", Double.class).orElse(15.0);
    // fractions of a minute are for tests; at least a second
    return Duration.ofMillis(Math.max(1000, Math.round(minutes * 60_000)));
  }

  /** How long after registration a meeting is looked for before it is given up. */
  public Duration pollFor() {
    double days = config.getOptionalValue(PREFIX + "poll-days", Double.class).orElse(14.0);
    // fractions of a day are for tests; at least a minute
    return Duration.ofSeconds(Math.max(60, Math.round(days * 86_400)));
  }

  private Optional<JsonObject> key() {
    Optional<String> inline = value("credentials");
    if (inline.isPresent()) {
      return JsonIntake.objectIfReadable(inline.get().getBytes(StandardCharsets.UTF_8));
    }
    return value("credentials-file")
        .flatMap(
            file -> {
              try {
                return JsonIntake.objectIfReadable(Files.readAllBytes(Path.of(file)));
              } catch (IOException | RuntimeException e) {
                return Optional.empty();
              }
            });
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? s.getString()
        : null;
  }

  private Optional<String> value(String name) {
    return config.getOptionalValue(PREFIX + name, String.class).filter(s -> !s.isBlank());
  }
}
