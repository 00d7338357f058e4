package telltale.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the catalogue comes from and the employer's own allow-lists. */
@ApplicationScoped
public class CatalogueConfig {
  @Inject
  @ConfigProperty(name = "telltale.config.dir")
  Optional<String> configDir;

  @Inject
  @ConfigProperty(name = "telltale.onboarding.sanctioned-tools")
  Optional<String> sanctionedTools;

  public ConfigFiles files() {
    return configDir
        .filter(d -> !d.isBlank())
        .map(d -> ConfigFiles.in(Path.of(d)))
        .orElseGet(ConfigFiles::packaged);
  }

  public List<String> sanctionedTools() {
    return commaSeparated(sanctionedTools);
  }

  /** Payara's config injection has no Optional of a list, so lists are read as text. */
  static List<String> commaSeparated(Optional<String> value) {
    return value
        .map(
            v ->
                java.util.Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(x -> !x.isEmpty())
                    .toList())
        .orElse(List.of());
  }
}
