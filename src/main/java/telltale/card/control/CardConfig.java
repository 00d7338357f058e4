package telltale.card.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Card links and the pages recruiters, interviewers and trainers open in a browser. */
@ApplicationScoped
public class CardConfig {
  @Inject
  @ConfigProperty(name = "telltale.card.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "telltale.card.link-days")
  int linkDays;

  @Inject
  @ConfigProperty(name = "telltale.card.frame-ancestors")
  String frameAncestors;

  @Inject
  @ConfigProperty(name = "telltale.card.base-url")
  Optional<String> baseUrl;

  public Optional<String> secret() {
    return secret;
  }

  public int linkDays() {
    return linkDays;
  }

  public String frameAncestors() {
    return frameAncestors.isBlank() ? "'none'" : frameAncestors.strip();
  }

  /** The public address of Telltale for links in ATS notes; empty = the request's own. */
  public Optional<String> baseUrl() {
    return baseUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", ""));
  }
}
