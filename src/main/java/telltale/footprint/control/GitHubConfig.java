package telltale.footprint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GitHub footprint settings (telltale.footprint.github.*): off unless enabled, the public API or a
 * GitHub Enterprise Server's /api/v3, an optional token, timeouts and how many repositories are
 * looked at. One client per instance, so its ETag cache and rate-limit pause are shared.
 */
@ApplicationScoped
public class GitHubConfig {
  @Inject
  @ConfigProperty(name = "telltale.footprint.github.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "telltale.footprint.github.url")
  String url;

  @Inject
  @ConfigProperty(name = "telltale.footprint.github.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "telltale.footprint.github.connect-timeout-ms")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "telltale.footprint.github.read-timeout-ms")
  long readTimeoutMs;

  @Inject
  @ConfigProperty(name = "telltale.footprint.github.max-repos")
  int maxRepos;

  private GitHubClient client;

  public boolean enabled() {
    return enabled;
  }

  /** The account's web host names, where the candidate's profile link points. */
  public GitHubLogins logins() {
    return GitHubLogins.forApi(URI.create(url));
  }

  public synchronized GitHubClient client() {
    if (client == null) {
      client =
          new GitHubClient(
              URI.create(url),
              token.filter(t -> !t.isBlank()),
              Duration.ofMillis(connectTimeoutMs),
              Duration.ofMillis(readTimeoutMs),
              maxRepos,
              Clock.systemUTC());
    }
    return client;
  }
}
