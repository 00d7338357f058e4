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

  @Inject
  @ConfigProperty(name = "telltale.api.max-file-body-bytes")
  long maxFileBodyBytes;

  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The limit for the two bodies that may carry a resume file in base64. */
  public long maxFileBodyBytes() {
    return Math.max(maxBodyBytes, maxFileBodyBytes);
  }
}
