package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.catalogue.entity.Band;
import telltale.database.Backoff;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;

/**
 * Write-back settings. A connection is on only when configured: telltale.writeback.&lt;ats&gt;.url,
 * .api-key and .acting-user for the default connection,
 * telltale.writeback.&lt;ats&gt;.&lt;name&gt;.… for a named one (the webhook connection of the same
 * name writes back through it). The URL defaults to the vendor's public API where it has one;
 * Workable's includes the account subdomain. Notes are written from
 * telltale.writeback.note-min-band upward; the band tag always.
 */
@ApplicationScoped
public class WriteBackConfig {

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
    Optional<String> url =
        value(ats.setting("writeback", name, "url"))
            .or(() -> Optional.ofNullable(VENDOR_URLS.get(ats)));
    Optional<String> user = value(ats.setting("writeback", name, "acting-user"));
    Optional<String> bandField = value(ats.setting("writeback", name, "band-field"));
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

  /** Whether a screening of this band gets a note (the band tag is written whatever the band). */
  public boolean notes(Band band) {
    return band.compareTo(noteMinBand) >= 0;
  }

  /** True when any write-back connection names an API key (as a property or environment name). */
  public boolean anyConfigured() {
    for (String name : config.getPropertyNames()) {
      String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
      if (dotted.startsWith("telltale.writeback.") && dotted.endsWith(".api.key")) {
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
