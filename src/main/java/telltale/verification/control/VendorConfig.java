package telltale.verification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.profile.Ats;

/**
 * Vendor secrets, exactly as for the ATSs: telltale.webhooks.&lt;vendor&gt;.secret for the default
 * connection and telltale.webhooks.&lt;vendor&gt;.&lt;connection&gt;.secret for named ones, several
 * comma-separated for rotation. A connection without a secret refuses every delivery.
 */
@ApplicationScoped
public class VendorConfig {
  private static final System.Logger LOG = System.getLogger(VendorConfig.class.getName());

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "telltale.webhooks.tolerance-seconds")
  long toleranceSeconds;

  /** The configured secrets as HMAC keys (UTF-8), blank ones left out. */
  public List<byte[]> keys(VerificationVendor vendor, String connection) {
    return config
        .getOptionalValue(key(vendor, connection), String.class)
        .map(
            v ->
                Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .toList())
        .orElse(List.of());
  }

  /** How far a signed timestamp (Persona's t) may be from now. */
  public Duration tolerance() {
    return Duration.ofSeconds(toleranceSeconds);
  }

  static String key(VerificationVendor vendor, String connection) {
    String scope = Ats.DEFAULT_CONNECTION.equals(connection) ? "" : connection + ".";
    return "telltale.webhooks." + vendor.name() + "." + scope + "secret";
  }

  void reportAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (VerificationVendor vendor : Vendors.all()) {
      if (keys(vendor, Ats.DEFAULT_CONNECTION).isEmpty()) {
        LOG.log(
            Level.INFO,
            "POST /webhooks/"
                + vendor.name()
                + " refuses every delivery (401): no secret configured in "
                + key(vendor, Ats.DEFAULT_CONNECTION));
      }
    }
  }
}
