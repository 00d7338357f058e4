package telltale.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The credentials the test servers accept: one API key per role, an identity provider's key pair
 * for bearer tokens, and the card-link secret (so tests can sign links, e.g. expired ones).
 */
public final class Credentials {
  static final String ADMIN = "it-admin-key-0123456789";
  static final String INTEGRATION = "it-integration-key-0123456789";
  static final String RECRUITER = "it-recruiter-key-0123456789";
  static final String INTERVIEWER = "it-interviewer-key-0123456789";
  static final String TRAINER = "it-trainer-key-0123456789";
  static final String CARD_SECRET = "it-card-secret-0123456789";
  static final String ISSUER = "https://idp.example.test";
  private static final KeyPair IDP = keyPair();

  private Credentials() {}

  /** The settings every test server needs, added to its own. */
  static Map<String, String> with(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put(
        "telltale.auth.api-keys",
        String.join(
            ",",
            "admin:" + ADMIN,
            "integration:" + INTEGRATION,
            "recruiter:" + RECRUITER,
            "interviewer:" + INTERVIEWER,
            "trainer:" + TRAINER));
    all.put(
        "telltale.auth.jwt.public-key",
        "-----BEGIN PUBLIC KEY-----"
            + Base64.getEncoder().encodeToString(IDP.getPublic().getEncoded())
            + "-----END PUBLIC KEY-----");
    all.put("telltale.auth.jwt.issuer", ISSUER);
    all.put("telltale.card.secret", CARD_SECRET);
    // the Greenhouse sample names a resume on S3, which a test cannot reach: servers screen it at
    // once unless a test turns fetching on (ResumeFilesIT, with its own file host)
    all.putIfAbsent("telltale.files.enabled", "false");
    return all;
  }

  /** Existing tests act as an operator, so they stay about what they test. */
  static void adminByDefault() {
    RestAssured.config =
        RestAssured.config()
            .headerConfig(
                HeaderConfig.headerConfig()
                    .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
    // a filter, not a default request specification: a specification built before a test class
    // points REST Assured at its server keeps the old port and sends later classes elsewhere
    RestAssured.requestSpecification = null;
    RestAssured.replaceFiltersWith(
        (request, response, context) -> {
          if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + ADMIN);
          }
          return context.next(request, response);
        });
  }

  /** A token the employer's identity provider would issue. */
  static String token(String subject, List<String> groups, Instant expires, String issuer) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader(JWSAlgorithm.RS256),
              new JWTClaimsSet.Builder()
                  .subject(subject)
                  .issuer(issuer)
                  .claim("groups", groups)
                  .issueTime(Date.from(Instant.now()))
                  .expirationTime(Date.from(expires))
                  .build());
      jwt.sign(new RSASSASigner(IDP.getPrivate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A card link signed as the server signs it, with any expiry. */
  static String cardQuery(String screeningId, long exp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(CARD_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String sig =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  mac.doFinal(
                      ("card:" + screeningId + ":" + exp).getBytes(StandardCharsets.UTF_8)));
      return "exp=" + exp + "&sig=" + sig;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
