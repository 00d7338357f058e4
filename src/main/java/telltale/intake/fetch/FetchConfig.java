package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import telltale.profile.Ats;

/**
 * Read access to an ATS's API, per webhook connection, for payloads that carry only ids:
 * telltale.fetch.&lt;ats&gt;[.&lt;connection&gt;].url and .api-key. Kept apart from write-back
 * credentials so a read-only key can be used. Without them, thin deliveries are screened as they
 * arrived and the missing parts show under coverage.
 */
@ApplicationScoped
public class FetchConfig {
  @Inject Config config;

  /** An API base URL and key. */
  public record Access(String url, String apiKey) {}

  public Optional<Access> access(Ats ats, String connection) {
    Optional<String> url =
        config
            .getOptionalValue(ats.setting("fetch", connection, "url"), String.class)
            .filter(s -> !s.isBlank());
    Optional<String> key =
        config
            .getOptionalValue(ats.setting("fetch", connection, "api-key"), String.class)
            .filter(s -> !s.isBlank());
    return url.isPresent() && key.isPresent()
        ? Optional.of(new Access(url.get(), key.get()))
        : Optional.empty();
  }
}
