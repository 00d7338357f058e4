package telltale.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import telltale.catalogue.entity.Catalogue;

/** Ready once the catalogue is loaded and bound; reports its version and rule count. */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {
  @Inject Catalogue catalogue;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("catalogue")
        .withData("version", catalogue.version())
        .withData("rules", catalogue.rules().size())
        .up()
        .build();
  }
}
