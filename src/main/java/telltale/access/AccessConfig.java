package telltale.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** API keys and the employer's identity provider. */
@ApplicationScoped
public class AccessConfig {
  @Inject
  @ConfigProperty(name = "telltale.auth.api-keys")
  Optional<String> apiKeys;

  @Inject
  @ConfigProperty(name = "telltale.auth.jwt.public-key")
  Optional<String> jwtPublicKey;

  @Inject
  @ConfigProperty(name = "telltale.auth.jwt.jwks-url")
  Optional<String> jwksUrl;

  @Inject
  @ConfigProperty(name = "telltale.auth.jwt.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "telltale.auth.jwt.audience")
  Optional<String> audience;

  public Optional<String> apiKeys() {
    return present(apiKeys);
  }

  public Optional<String> jwtPublicKey() {
    return present(jwtPublicKey);
  }

  public Optional<String> jwksUrl() {
    return present(jwksUrl);
  }

  public Optional<String> issuer() {
    return present(issuer);
  }

  public Optional<String> audience() {
    return present(audience);
  }

  private static Optional<String> present(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).map(String::strip);
  }
}
