package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.api.ClientCredentials;
import telltale.api.HarvestV3;
import telltale.catalogue.entity.Band;
import telltale.database.Backoff;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;

/**
 * Write-back settings. A connection is on only when configured: telltale.writeback.&lt;ats&gt;.url,
 * .api-key and .acting-user for the default connection,
 * telltale.writeback.&lt;ats&gt;.&lt;name&gt;.… for a named one (the webhook connection of the same
 * name writes back through it). The URL defaults to the vendor's public API where it has one;
 * Workable's includes the account subdomain. Greenhouse takes Harvest v3 client credentials instead
 * of the key (.client-id, .client-secret, optional .token-url; the URL then defaults to the v3 API,
 * and .acting-user, optional, becomes the token's subject); they win over a key. Notes are written
 * from telltale.writeback.note-min-band upward; the band tag always.
 */
@ApplicationScoped
public class WriteBackConfig {
  private static final System.Logger LOG = System.getLogger(WriteBackConfig.class.getName());

  /** The vendor's own API base, for connections that do not name a URL. */
  static final Map<Ats, String> VENDOR_URLS =
      Map.of(
          Ats.greenhouse, "https://harvest.greenhouse.io/v1",
          Ats.lever, "https://api.lever.co/v1",
          Ats.ashby, "https://api.ashbyhq.com");

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "telltale.writeback.note-min-band", defaultValue = "ELEVATED")
  Band noteMinBand;

  @Inject
  @ConfigProperty(name = "telltale.writeback.dispatch-interval-ms")
  long dispatchIntervalMs;

  @Inject
  @ConfigProperty(name = "telltale.writeback.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "telltale.writeback.lease-seconds")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "telltale.writeback.max-attempts")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "telltale.writeback.backoff-base-seconds")
  long backoffBaseSeconds;

  @Inject
  @ConfigProperty(name = "telltale.writeback.backoff-max-seconds")
  long backoffMaxSeconds;

  @Inject
  @ConfigProperty(name = "telltale.writeback.connect-timeout-ms")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "telltale.writeback.read-timeout-ms")
  long readTimeoutMs;

  /** The connection, when write-back is configured for it. */
  public Optional<Connection> connection(Ats ats, String name) {
    if (!WriteBacks.SUPPORTED.contains(ats)) {
      return Optional.empty();
    }
    Optional<String> key = value(ats.setting("writeback", name, "api-key"));
    Optional<String> user = value(ats.setting("writeback", name, "acting-user"));
    Optional<String> bandField = value(ats.setting("writeback", name, "band-field"));
    Optional<ClientCredentials.Grant> grant = grant(ats, name, user.orElse(null));
    if (grant.isPresent()) {
      String url =
          HarvestV3.url(value(ats.setting("writeback", name, "url")).orElse(HarvestV3.URL));
      return Optional.of(
          new Connection(
              ats,
              name,
              URI.create(url),
              null,
              user.orElse(null),
              bandField.orElse(null),
              grant.get()));
    }
    Optional<String> url =
        value(ats.setting("writeback", name, "url"))
            .or(() -> Optional.ofNullable(VENDOR_URLS.get(ats)));
    boolean userNeeded = ats != Ats.ashby;
    if (key.isEmpty() || url.isEmpty() || (userNeeded && user.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new Connection(
            ats,
            name,
            URI.create(url.get()),
            key.get(),
            user.orElse(null),
            bandField.orElse(null)));
  }

  /** Greenhouse's Harvest v3 client credentials of the connection, when both are set. */
  private Optional<ClientCredentials.Grant> grant(Ats ats, String name, String subject) {
    if (ats != Ats.greenhouse) {
      return Optional.empty();
    }
    Optional<String> id = value(ats.setting("writeback", name, "client-id"));
    Optional<String> secret = value(ats.setting("writeback", name, "client-secret"));
    if (id.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    URI tokenUrl =
        URI.create(value(ats.setting("writeback", name, "token-url")).orElse(HarvestV3.TOKEN_URL));
    return Optional.of(new ClientCredentials.Grant(tokenUrl, id.get(), secret.get(), subject));
  }

  /**
   * Says once at start which Greenhouse connections still write back through Harvest v1 with an API
   * key, which Greenhouse retired on 2026-08-31, and what to set instead.
   */
  void reportAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String name :
        Ats.greenhouse.connectionsNaming(config.getPropertyNames(), "writeback", "api-key")) {
      Optional<Connection> connection = connection(Ats.greenhouse, name);
      if (connection.isPresent() && !connection.get().oauth2()) {
        LOG.log(
            Level.WARNING,
            "Greenhouse write-back "
                + connection.get()
                + " uses a Harvest v1 API key: Greenhouse retired Harvest v1/v2 keys on"
                + " 2026-08-31, so notes and tags fail once the key is turned off. Create Harvest"
                + " v3 (OAuth) credentials in Greenhouse and set "
                + Ats.greenhouse.setting("writeback", name, "client-id")
                + " and "
                + Ats.greenhouse.setting("writeback", name, "client-secret")
                + "; they take over from the key.");
      }
    }
  }

  /** Whether a screening of this band gets a note (the band tag is written whatever the band). */
  public boolean notes(Band band) {
    return band.compareTo(noteMinBand) >= 0;
  }

  /**
   * True when any write-back connection names an API key or a client id (as a property or
   * environment name).
   */
  public boolean anyConfigured() {
    for (String name : config.getPropertyNames()) {
      String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
      if (dotted.startsWith("telltale.writeback.")
          && (dotted.endsWith(".api.key") || dotted.endsWith(".client.id"))) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> value(String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }

  public Duration dispatchInterval() {
    return Duration.ofMillis(dispatchIntervalMs);
  }

  public int batchSize() {
    return batchSize;
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  public Backoff backoff() {
    return new Backoff(
        maxAttempts, Duration.ofSeconds(backoffBaseSeconds), Duration.ofSeconds(backoffMaxSeconds));
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(connectTimeoutMs);
  }

  public Duration readTimeout() {
    return Duration.ofMillis(readTimeoutMs);
  }
}
