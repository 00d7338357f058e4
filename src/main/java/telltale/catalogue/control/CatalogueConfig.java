package telltale.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.configfile.ConfigFiles;

/** Where the catalogue comes from and the employer's own allow-lists. */
@ApplicationScoped
public class CatalogueConfig {
  @Inject
  @ConfigProperty(name = "telltale.config.dir")
  Optional<String> configDir;

  @Inject Config config;

  public ConfigFiles files() {
    return configDir
        .filter(d -> !d.isBlank())
        .map(d -> ConfigFiles.in(Path.of(d)))
        .orElseGet(ConfigFiles::packaged);
  }

  public List<String> sanctionedTools() {
    return config
        .getOptionalValues("telltale.onboarding.sanctioned-tools", String.class)
        .orElse(List.of());
  }
}
