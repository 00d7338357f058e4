package telltale.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import telltale.intake.boundary.WebhookAnswered;

/** Webhook deliveries by ATS and outcome (screened, queued, duplicate, ignored, refused_...). */
@ApplicationScoped
public class WebhookMetrics {
  static final Metadata DELIVERIES =
      Metadata.builder()
          .withName("telltale.webhook.deliveries")
          .withDescription(
              "Webhook deliveries by ATS and outcome: screened, queued, registered (an interview"
                  + " schedule's meetings), duplicate, ignored, or refused_<error code>")
          .build();

  @Inject MetricRegistry registry;

  void answered(@Observes WebhookAnswered answered) {
    registry
        .counter(DELIVERIES, new Tag("ats", answered.ats()), new Tag("outcome", answered.outcome()))
        .inc();
  }
}
