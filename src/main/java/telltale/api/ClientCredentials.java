package telltale.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 2.0 client-credentials access tokens for vendor APIs that a customer authorises with a
 * client id and secret of their own (Greenhouse Harvest v3): the token is asked for with HTTP Basic
 * and a form body, and kept until shortly before it expires, so write-back and the fetch queue
 * share one token per credential. Neither the secret nor the token ever appears in a message.
 */
@ApplicationScoped
public class ClientCredentials {
  /** A token is renewed this long before the vendor said it expires. */
  static final Duration MARGIN = Duration.ofMinutes(5);

  /** When the answer names no lifetime (Greenhouse documents one hour for its access tokens). */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<Grant, Token> tokens = new ConcurrentHashMap<>();
  private final Map<Grant, Object> asking = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  /**
   * Where and as whom a token is asked for; {@code subject} (Greenhouse's {@code sub}, the user the
   * calls act as) may be null. The secret never appears in {@link #toString()}.
   */
  public record Grant(URI tokenUrl, String clientId, String clientSecret, String subject) {
    public Grant {
      if (tokenUrl == null || blank(clientId) || blank(clientSecret)) {
        throw new IllegalArgumentException("a client-credentials grant needs a URL, id and secret");
      }
    }

    @Override
    public String toString() {
      return "client " + clientId + " at " + tokenUrl;
    }
  }

  /**
   * The token endpoint did not give a token: {@code status} is its HTTP status (0 when it could not
   * be reached), {@code retryAfter} its Retry-After header if any. The message names the status
   * only, never a body.
   */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String retryAfter;

    public Refused(int status, String retryAfter, String message) {
      super(message, null, false, false);
      this.status = status;
      this.retryAfter = retryAfter;
    }

    public int status() {
      return status;
    }

    /** The Retry-After header as sent, or null. */
    public String retryAfter() {
      return retryAfter;
    }

    /** 400, 401 and 403: the id, secret or their scopes are wrong; asking again will not help. */
    public boolean permanent() {
      return status == 400 || status == 401 || status == 403;
    }
  }

  record Token(String value, Instant until) {}

  /**
   * The kept access token for the grant, else a new one from its token endpoint; callers needing
   * the same grant at once wait for one answer rather than each asking.
   */
  public String token(Grant grant) {
    Token kept = tokens.get(grant);
    if (kept != null && kept.until().isAfter(clock.instant())) {
      return kept.value();
    }
    synchronized (asking.computeIfAbsent(grant, g -> new Object())) {
      return ask(grant);
    }
  }

  private String ask(Grant grant) {
    Instant now = clock.instant();
    Token kept = tokens.get(grant);
    if (kept != null && kept.until().isAfter(now)) {
      return kept.value();
    }
    HttpResponse<String> response = send(request(grant));
    int status = response.statusCode();
    if (status != 200) {
      throw new Refused(
          status,
          response.headers().firstValue("Retry-After").orElse(null),
          "token endpoint answered HTTP " + status);
    }
    Token token = token(response.body(), now);
    tokens.put(grant, token);
    return token.value();
  }

  /** Forgets the grant's token (the API refused it), so the next call asks for a new one. */
  public void forget(Grant grant) {
    tokens.remove(grant);
  }

  /**
   * The token in an answer, kept until {@link #MARGIN} before it expires ({@code expires_in}
   * seconds, or an {@code expires_at} time), or half its life when that is shorter.
   */
  static Token token(String body, Instant now) {
    JsonObject answer;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      answer = reader.readObject();
    } catch (RuntimeException e) {
      throw new Refused(200, null, "token endpoint answered no JSON object");
    }
    if (!(answer.get("access_token") instanceof JsonString value) || value.getString().isBlank()) {
      throw new Refused(200, null, "token endpoint gave no access_token");
    }
    Duration lifetime = DEFAULT_LIFETIME;
    if (answer.get("expires_in") instanceof JsonNumber seconds && seconds.longValue() > 0) {
      lifetime = Duration.ofSeconds(seconds.longValue());
    } else if (answer.get("expires_at") instanceof JsonString at) {
      try {
        Duration left = Duration.between(now, OffsetDateTime.parse(at.getString()).toInstant());
        lifetime = left.isNegative() ? Duration.ZERO : left;
      } catch (DateTimeParseException e) {
        // the default lifetime
      }
    }
    Duration keep =
        lifetime.compareTo(MARGIN.multipliedBy(2)) > 0
            ? lifetime.minus(MARGIN)
            : lifetime.dividedBy(2);
    return new Token(value.getString(), now.plus(keep));
  }

  static HttpRequest request(Grant grant) {
    String credentials = grant.clientId() + ":" + grant.clientSecret();
    String form = "grant_type=client_credentials";
    if (!blank(grant.subject())) {
      form += "&sub=" + URLEncoder.encode(grant.subject(), StandardCharsets.UTF_8);
    }
    return HttpRequest.newBuilder(grant.tokenUrl())
        .timeout(TIMEOUT)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Refused(0, null, "token endpoint unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(0, null, "interrupted");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
