package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Zoom settings per connection: telltale.meetings.zoom[.&lt;connection&gt;].secret (the webhook
 * secret token, comma-separated while rotating), .url, .oauth-url, .account-id, .client-id and
 * .client-secret (a Server-to-Server OAuth app); read-delay-seconds and tolerance-seconds for all.
 */
@ApplicationScoped
public class ZoomConfig {
  public static final String DEFAULT = "default";

  @Inject Config config;

  /** Server-to-Server OAuth credentials and the API's address. */
  public record Access(
      String url, String oauthUrl, String accountId, String clientId, String clientSecret) {}

  /** The webhook secrets of a connection, newest first; empty when none is configured. */
  public List<byte[]> secrets(String connection) {
    return value(connection, "secret").stream()
        .flatMap(s -> Arrays.stream(s.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  public Optional<Access> access(String connection) {
    Optional<String> account = value(connection, "account-id");
    Optional<String> client = value(connection, "client-id");
    Optional<String> secret = value(connection, "client-secret");
    if (account.isEmpty() || client.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Access(
            value(connection, "url").orElse("https://api.zoom.us/v2"),
            value(connection, "oauth-url").orElse("https://zoom.us/oauth/token"),
            account.get(),
            client.get(),
            secret.get()));
  }

  /** How long after a meeting ends its participants are read (Zoom fills them in minutes later). */
  public Duration readDelay() {
    return Duration.ofSeconds(
        config
            .getOptionalValue("telltale.meetings.zoom.read-delay-seconds", Long.class)
            .orElse(600L));
  }

  /** How far a signed request's timestamp may lie from now. */
  public Duration tolerance() {
    return Duration.ofSeconds(
        config
            .getOptionalValue("telltale.meetings.zoom.tolerance-seconds", Long.class)
            .orElse(300L));
  }

  private Optional<String> value(String connection, String name) {
    String scope = DEFAULT.equals(connection) ? "" : connection + ".";
    return config
        .getOptionalValue("telltale.meetings.zoom." + scope + name, String.class)
        .filter(s -> !s.isBlank());
  }
}
