package telltale.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of the HTTP API. */
@ApplicationScoped
public class ApiConfig {
  @Inject
  @ConfigProperty(name = "telltale.api.max-body-bytes")
  long maxBodyBytes;

  public long maxBodyBytes() {
    return maxBodyBytes;
  }
}
