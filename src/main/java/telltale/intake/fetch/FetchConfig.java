package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import telltale.api.ClientCredentials;
import telltale.api.HarvestV3;
import telltale.profile.Ats;

/**
 * Read access to an ATS's API, per webhook connection, for payloads that carry only ids:
 * telltale.fetch.&lt;ats&gt;[.&lt;connection&gt;].url and .api-key. Greenhouse takes Harvest v3
 * client credentials instead (.client-id, .client-secret, optional .token-url; the URL then
 * defaults to the v3 API); they win over a key. Kept apart from write-back credentials so read-only
 * credentials can be used. Without them, thin deliveries are screened as they arrived and the
 * missing parts show under coverage.
 */
@ApplicationScoped
public class FetchConfig {
  private static final System.Logger LOG = System.getLogger(FetchConfig.class.getName());

  @Inject Config config;

  /**
   * An API base URL and key, or (Greenhouse Harvest v3) the client credentials a bearer token is
   * asked for with; the key and secret never appear in {@link #toString()}.
   */
  public record Access(String url, String apiKey, ClientCredentials.Grant oauth) {
    public Access(String url, String apiKey) {
      this(url, apiKey, null);
    }

    /** Whether calls go with an OAuth token rather than the API key. */
    public boolean oauth2() {
      return oauth != null;
    }

    @Override
    public String toString() {
      return url + (oauth2() ? " (client credentials)" : " (API key)");
    }
  }

  public Optional<Access> access(Ats ats, String connection) {
    Optional<String> url = value(ats.setting("fetch", connection, "url"));
    Optional<String> id = value(ats.setting("fetch", connection, "client-id"));
    Optional<String> secret = value(ats.setting("fetch", connection, "client-secret"));
    if (ats == Ats.greenhouse && id.isPresent() && secret.isPresent()) {
      URI tokenUrl =
          URI.create(
              value(ats.setting("fetch", connection, "token-url")).orElse(HarvestV3.TOKEN_URL));
      return Optional.of(
          new Access(
              HarvestV3.url(url.orElse(HarvestV3.URL)),
              null,
              new ClientCredentials.Grant(tokenUrl, id.get(), secret.get(), null)));
    }
    Optional<String> key = value(ats.setting("fetch", connection, "api-key"));
    return url.isPresent() && key.isPresent()
        ? Optional.of(new Access(url.get(), key.get()))
        : Optional.empty();
  }

  /**
   * Says once at start which Greenhouse connections still read scheduled interviews through Harvest
   * v1 with an API key, which Greenhouse retired on 2026-08-31, and what to set instead.
   */
  void reportAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String name :
        Ats.greenhouse.connectionsNaming(config.getPropertyNames(), "fetch", "api-key")) {
      access(Ats.greenhouse, name)
          .filter(access -> !access.oauth2())
          .ifPresent(
              access ->
                  LOG.log(
                      Level.WARNING,
                      "Greenhouse fetch for connection "
                          + name
                          + " uses a Harvest v1 API key: Greenhouse retired Harvest v1/v2 keys on"
                          + " 2026-08-31, so scheduled interviews are not read once the key is"
                          + " turned off. Create Harvest v3 (OAuth) credentials with the scope to"
                          + " list interviews and set "
                          + Ats.greenhouse.setting("fetch", name, "client-id")
                          + " and "
                          + Ats.greenhouse.setting("fetch", name, "client-secret")
                          + "; they take over from the key."));
    }
  }

  private Optional<String> value(String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }
}
