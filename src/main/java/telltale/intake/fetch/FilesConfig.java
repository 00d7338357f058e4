package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetching resume files named by deliveries: telltale.files.enabled, .max-bytes, .allowed-hosts,
 * .connect-timeout-ms and .read-timeout-ms. A bad allowed-hosts entry stops the start.
 */
@ApplicationScoped
public class FilesConfig {
  @Inject
  @ConfigProperty(name = "telltale.files.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "telltale.files.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "telltale.files.allowed-hosts", defaultValue = "")
  String allowedHosts;

  @Inject
  @ConfigProperty(name = "telltale.files.connect-timeout-ms")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "telltale.files.read-timeout-ms")
  long readTimeoutMs;

  private FileFetcher fetcher;

  public boolean enabled() {
    return enabled;
  }

  public synchronized FileFetcher fetcher() {
    if (fetcher == null) {
      fetcher =
          new FileFetcher(
              AllowedOrigins.parse(allowedHosts),
              maxBytes,
              Duration.ofMillis(connectTimeoutMs),
              Duration.ofMillis(readTimeoutMs));
    }
    return fetcher;
  }

  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    fetcher();
  }
}
