package telltale.card.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The pages recruiters, interviewers and trainers open in a browser. */
@ApplicationScoped
public class CardConfig {
  @Inject
  @ConfigProperty(name = "telltale.card.frame-ancestors")
  String frameAncestors;

  public String frameAncestors() {
    return frameAncestors.isBlank() ? "'none'" : frameAncestors.strip();
  }
}
