package telltale.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Optional;
import telltale.keys.ServerSecrets;

/**
 * First run on the embedded database with no credential configured: an admin API key is made once
 * in the data directory (admin.key) and printed once, with how to use it, so the README's first
 * request works. Configuring telltale.auth.api-keys or an identity provider replaces it; with
 * PostgreSQL keys stay mandatory configuration.
 */
@ApplicationScoped
public class FirstRunKey {
  static final String KEY_FILE = "admin.key";
  private static final System.Logger LOG = System.getLogger(FirstRunKey.class.getName());

  @Inject AccessConfig config;
  @Inject ServerSecrets secrets;
  private volatile Optional<ServerSecrets.FirstRun> key;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    first()
        .filter(ServerSecrets.FirstRun::made)
        .ifPresent(
            made ->
                // logged once, when made, with how to use it; the file keeps it
                LOG.log(
                    Level.INFO,
                    "Telltale first run: no API key is configured, so an admin key was made and"
                        + " kept in "
                        + made.file()
                        + ". Use it as 'Authorization: Bearer "
                        + made.key()
                        + "'. Set telltale.auth.api-keys (role:key,...) to use your own keys"
                        + " instead."));
  }

  /** The first-run key as an api-keys setting, when there is one. */
  Optional<String> setting() {
    return first().map(k -> Role.ADMIN.wire() + ":" + k.key());
  }

  private Optional<ServerSecrets.FirstRun> first() {
    if (key == null) {
      boolean configured =
          config.apiKeys().isPresent()
              || config.jwtPublicKey().isPresent()
              || config.jwksUrl().isPresent();
      key = configured ? Optional.empty() : secrets.firstRunKey(KEY_FILE);
    }
    return key;
  }
}
