package telltale.cardlinks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import telltale.keys.ServerSecrets;

/**
 * Signed, expiring links to a screening's card and interviewer form, and the form's CSRF tokens. A
 * link signs {@code card:<screening id>:<expiry epoch seconds>} with HMAC-SHA256 under {@code
 * telltale.card.secret}; a CSRF token signs {@code csrf:<screening id>:<hour>}, valid for the
 * current and the previous hour.
 */
@ApplicationScoped
public class CardLinks {
  static final String KEY_FILE = "card.key";

  @Inject CardLinkConfig config;
  @Inject ServerSecrets secrets;
  Clock clock = Clock.systemUTC();
  private volatile SecretKeySpec key;

  /** A link's expiry and signature, the query of a card address. */
  public record Signed(String id, long exp, String sig) {
    public String query() {
      return "exp=" + exp + "&sig=" + sig;
    }

    public String cardPath() {
      return "/screenings/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?" + query();
    }

    public String explanationsPath() {
      return "/screenings/"
          + URLEncoder.encode(id, StandardCharsets.UTF_8)
          + "/explanations?"
          + query();
    }

    public String interviewPath() {
      return "/screenings/"
          + URLEncoder.encode(id, StandardCharsets.UTF_8)
          + "/interview?"
          + query();
    }
  }

  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    key(); // a missing secret with PostgreSQL stops the start
  }

  public Signed sign(String id) {
    long exp = clock.instant().plus(Duration.ofDays(config.linkDays())).getEpochSecond();
    return sign(id, exp);
  }

  Signed sign(String id, long exp) {
    return new Signed(id, exp, mac("card:" + id + ":" + exp));
  }

  /** The absolute card address for an ATS note, under telltale.card.base-url if set. */
  public String cardUrl(String id, URI requestBase) {
    String base = config.baseUrl().orElseGet(() -> requestBase.toString().replaceAll("/+$", ""));
    return base + sign(id).cardPath();
  }

  /** The absolute card address, when telltale.card.base-url says where Telltale is reached. */
  public Optional<String> publicCardUrl(String id) {
    return config.baseUrl().map(base -> base + sign(id).cardPath());
  }

  /** True for an unexpired link whose signature matches. */
  public boolean valid(String id, Long exp, String sig) {
    if (id == null || exp == null || sig == null) {
      return false;
    }
    return clock.instant().getEpochSecond() < exp && same(mac("card:" + id + ":" + exp), sig);
  }

  public String csrf(String id) {
    return mac("csrf:" + id + ":" + hour());
  }

  public boolean csrfValid(String id, String token) {
    if (token == null) {
      return false;
    }
    long hour = hour();
    return same(mac("csrf:" + id + ":" + hour), token)
        | same(mac("csrf:" + id + ":" + (hour - 1)), token);
  }

  private long hour() {
    return clock.instant().getEpochSecond() / 3600;
  }

  private static boolean same(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private SecretKeySpec key() {
    if (key == null) {
      key =
          new SecretKeySpec(
              secrets.secret("telltale.card.secret", config.secret(), KEY_FILE), "HmacSHA256");
    }
    return key;
  }
}
