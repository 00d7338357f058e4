package telltale.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MicroProfile JWT bearer tokens from the employer's identity provider, verified with Nimbus
 * JOSE+JWT against a configured public key (PEM) or JWKS address; roles come from the {@code
 * groups} claim, and groups that are not Telltale roles are ignored.
 */
public final class JwtTokens {
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  private final Optional<DefaultJWTProcessor<SecurityContext>> processor;

  private JwtTokens(Optional<DefaultJWTProcessor<SecurityContext>> processor) {
    this.processor = processor;
  }

  public static JwtTokens of(AccessConfig config) {
    Optional<JWKSource<SecurityContext>> keys =
        config
            .jwksUrl()
            .map(JwtTokens::remote)
            .or(() -> config.jwtPublicKey().map(JwtTokens::fixed));
    return new JwtTokens(
        keys.map(
            source -> {
              DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
              p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, source));
              JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
              config.issuer().ifPresent(exact::issuer);
              p.setJWTClaimsSetVerifier(
                  new DefaultJWTClaimsVerifier<>(
                      config.audience().map(Set::of).orElse(null),
                      exact.build(),
                      Set.of("sub", "exp"),
                      null));
              return p;
            }));
  }

  public boolean configured() {
    return processor.isPresent();
  }

  /** The caller of a valid token; empty for an invalid, expired or unverifiable one. */
  public Optional<Caller> caller(String token) {
    if (processor.isEmpty()) {
      return Optional.empty();
    }
    try {
      JWTClaimsSet claims = processor.get().process(token, null);
      Set<Role> roles = EnumSet.noneOf(Role.class);
      List<String> groups = claims.getStringListClaim("groups");
      if (groups != null) {
        groups.forEach(g -> Role.named(g).ifPresent(roles::add));
      }
      return Optional.of(new Caller("jwt:" + claims.getSubject(), roles));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      return Optional.empty();
    }
  }

  private static JWKSource<SecurityContext> remote(String url) {
    try {
      return JWKSourceBuilder.create(URI.create(url).toURL()).build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("telltale.auth.jwt.jwks-url is not a valid address", e);
    }
  }

  private static JWKSource<SecurityContext> fixed(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      JWK jwk = toJwk(der);
      return new ImmutableJWKSet<>(new JWKSet(jwk));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "telltale.auth.jwt.public-key must be an RSA or EC public key in PEM"
              + " (-----BEGIN PUBLIC KEY-----)",
          e);
    }
  }

  private static JWK toJwk(byte[] der) throws GeneralSecurityException {
    try {
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
      return new RSAKey.Builder((RSAPublicKey) key).build();
    } catch (GeneralSecurityException notRsa) {
      ECPublicKey key =
          (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
      return new ECKey.Builder(Curve.forECParameterSpec(key.getParams()), key).build();
    }
  }
}
