package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Microsoft Teams settings (one tenant, the default connection only):
 * telltale.meetings.teams.tenant-id, .client-id, .client-secret (an Entra app registration with the
 * application permission CallRecords.Read.All), .url (Graph v1.0), .login-url, .client-state (the
 * secret a change-notification subscription carries), .read-delay-seconds, .notification-url (the
 * public address of /webhooks/teams, for which Telltale keeps the subscription) and
 * .upkeep-seconds.
 */
@ApplicationScoped
public class TeamsConfig {
  @Inject Config config;

  /** Client credentials and the addresses of Graph and of the token endpoint. */
  public record Access(
      String url, String loginUrl, String tenantId, String clientId, String clientSecret) {

    /** {login-url}/{tenant}/oauth2/v2.0/token */
    public String tokenUrl() {
      return loginUrl.replaceAll("/+$", "") + "/" + tenantId + "/oauth2/v2.0/token";
    }
  }

  public Optional<Access> access() {
    Optional<String> tenant = value("tenant-id");
    Optional<String> client = value("client-id");
    Optional<String> secret = value("client-secret");
    if (tenant.isEmpty() || client.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Access(
            value("url").orElse("https://graph.microsoft.com/v1.0").replaceAll("/+$", ""),
            value("login-url").orElse("https://login.microsoftonline.com"),
            tenant.get(),
            client.get(),
            secret.get()));
  }

  public Optional<String> tenantId() {
    return value("tenant-id");
  }

  /** The subscription's clientState, which every change notification must carry. */
  public Optional<byte[]> clientState() {
    return value("client-state").map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  /** How long after Graph reports a new call record it is read (later versions fill it in). */
  public Duration readDelay() {
    return Duration.ofSeconds(
        config
            .getOptionalValue("telltale.meetings.teams.read-delay-seconds", Long.class)
            .orElse(900L));
  }

  /**
   * The public https address of POST /webhooks/teams as Graph calls it (no trailing slash); the
   * lifecycle address is this plus /lifecycle. Without it Telltale keeps no subscription.
   */
  public Optional<String> notificationUrl() {
    return value("notification-url").map(s -> s.replaceAll("/+$", "")).filter(s -> !s.isEmpty());
  }

  /** How often the subscription is looked after (listed, and renewed or created when needed). */
  public Duration upkeepInterval() {
    return Duration.ofSeconds(
        Math.max(
            1,
            config
                .getOptionalValue("telltale.meetings.teams.upkeep-seconds", Long.class)
                .orElse(3600L)));
  }

  private Optional<String> value(String name) {
    return config
        .getOptionalValue("telltale.meetings.teams." + name, String.class)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
