package telltale.linkage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Linkage settings: the secret, the allow-list and the resume similarity threshold. */
@ApplicationScoped
public class LinkageConfig {
  @Inject
  @ConfigProperty(name = "telltale.linkage.secret")
  Optional<String> secret;

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "telltale.linkage.allowed-addresses")
  Optional<String> allowedAddresses;

  @Inject
  @ConfigProperty(name = "telltale.linkage.resume-similarity")
  double resumeSimilarity;

  public Optional<String> secret() {
    return secret.filter(s -> !s.isBlank());
  }

  public double resumeSimilarity() {
    return resumeSimilarity;
  }

  public AllowList allowList() {
    List<String> addresses =
        allowedAddresses
            .map(
                a ->
                    Arrays.stream(a.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
            .orElse(List.of());
    return new AllowList(
        list("telltale.linkage.allowed-email-domains"),
        list("telltale.linkage.allowed-phones"),
        addresses);
  }

  private List<String> list(String key) {
    return config.getOptionalValues(key, String.class).orElse(List.of());
  }
}
