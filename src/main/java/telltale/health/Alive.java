package telltale.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The application is deployed and answering. */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("telltale");
  }
}
