package telltale.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.intake.signatures.Tolerances;
import telltale.profile.Ats;

/**
 * Webhook secrets per ATS and connection: telltale.webhooks.&lt;ats&gt;.secret for the default
 * connection, telltale.webhooks.&lt;ats&gt;.&lt;connection&gt;.secret for named ones (so
 * TELLTALE_WEBHOOKS_GREENHOUSE_SECRET works). Several comma-separated secrets are all accepted, for
 * key rotation. A connection without a secret refuses every delivery.
 */
@ApplicationScoped
public class WebhookConfig {
  private static final System.Logger LOG = System.getLogger(WebhookConfig.class.getName());

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "telltale.webhooks.tolerance-seconds")
  long toleranceSeconds;

  @Inject
  @ConfigProperty(name = "telltale.webhooks.lever.tolerance-seconds")
  long leverToleranceSeconds;

  public List<String> secrets(Ats ats, String connection) {
    String key = ats.setting("webhooks", connection, "secret");
    return config
        .getOptionalValue(key, String.class)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  public Tolerances tolerances() {
    Duration window = Duration.ofSeconds(toleranceSeconds);
    return new Tolerances(window, Duration.ofSeconds(leverToleranceSeconds), window);
  }

  void reportAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (Ats ats : Ats.values()) {
      if (secrets(ats, Ats.DEFAULT_CONNECTION).isEmpty()) {
        LOG.log(
            Level.INFO,
            "POST /webhooks/"
                + ats
                + " refuses every delivery (401): no secret configured in telltale.webhooks."
                + ats
                + ".secret");
      }
    }
  }
}
