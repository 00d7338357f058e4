package telltale.cardlinks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signed card links: their secret, how long they open, and the public address they start with. */
@ApplicationScoped
public class CardLinkConfig {
  @Inject
  @ConfigProperty(name = "telltale.card.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "telltale.card.link-days")
  int linkDays;

  @Inject
  @ConfigProperty(name = "telltale.card.base-url")
  Optional<String> baseUrl;

  public Optional<String> secret() {
    return secret;
  }

  public int linkDays() {
    return linkDays;
  }

  /** The public address of Telltale for links in ATS notes; empty = the request's own. */
  public Optional<String> baseUrl() {
    return baseUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", ""));
  }
}
